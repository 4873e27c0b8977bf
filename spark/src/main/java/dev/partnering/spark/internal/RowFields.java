package dev.partnering.spark.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.period.ReportingPeriod;

/**
 * One input row's fields as text, and the problems found while parsing them: each problem names
 * the field and says what is wrong, in the words of the examples' CSV readers. Not thread-safe;
 * one per row.
 */
final class RowFields {

    private final Map<String, String> fields;
    private final List<String> problems = new ArrayList<>();

    RowFields(Map<String, String> fields) {
        this.fields = fields;
    }

    Optional<String> text(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String required(String field) {
        Optional<String> v = text(field);
        if (v.isEmpty()) {
            problem(field, "is empty; a value is required");
            return null;
        }
        return v.get();
    }

    Optional<BigDecimal> decimal(String field) {
        Optional<String> s = text(field);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal d = new BigDecimal(s.get());
            if (d.precision() > 60 || Math.abs(d.scale()) > 30) {
                problem(field, "'" + s.get() + "' has more digits than a measured figure can have");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            problem(field, "'" + s.get() + "' is not a decimal number (use digits and a point, e.g. 99.5)");
            return Optional.empty();
        }
    }

    ReportingPeriod period(String field) {
        String text = required(field);
        if (text == null) {
            return null;
        }
        try {
            return ReportingPeriod.parse(text);
        } catch (ValidationException e) {
            problem(field, "'" + text + "' is not a reporting period (use a month 2026-03, a quarter 2026-Q1 or a year 2026)");
            return null;
        }
    }

    Optional<Instant> instant(String field) {
        Optional<String> s = text(field);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String v = s.get();
        try {
            return Optional.of(v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : v.endsWith("Z") ? Instant.parse(v) : OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            problem(field, "'" + v + "' is not a timestamp (use 2026-04-02T08:00:00Z, an offset such as +02:00, or a date)");
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String field) {
        String v = required(field);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            problem(field, "'" + v + "' is not a date (use 2026-04-02)");
            return Optional.empty();
        }
    }

    void problem(String field, String rule) {
        problems.add(field + ": " + rule);
    }

    /** Records each violation of an SDK value's rules, with its path and value, as the SDK words it. */
    void problems(ValidationException e) {
        for (Violation v : e.violations()) {
            problems.add(v.path() + ": " + v.rule() + (v.value() == null ? "" : " [value: " + v.value() + "]"));
        }
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    String message() {
        return String.join("; ", problems);
    }

    /** @return the row as {@code field=value} pairs, for the rejects output */
    String record() {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
