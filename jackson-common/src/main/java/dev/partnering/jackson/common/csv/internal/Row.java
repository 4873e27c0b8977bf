package dev.partnering.jackson.common.csv.internal;

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

import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvProblem;

/**
 * One data row, read by standard column name, with typed accessors that record a problem naming
 * the file, the line and the column (by its header name) instead of throwing. A decoder reads the
 * fields it needs, then builds its value only if {@link #isValid()}. Not thread-safe.
 */
public final class Row {

    private final String file;
    private final long line;
    private final CsvColumns columns;
    private final Map<String, Integer> index;
    private final List<String> fields;
    private final Map<String, Instant> instants;
    private final List<CsvProblem> problems = new ArrayList<>(2);

    Row(String file, long line, CsvColumns columns, Map<String, Integer> index, List<String> fields,
            Map<String, Instant> instants) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.index = index;
        this.fields = fields;
        this.instants = instants;
    }

    /** @return the 1-based line the row starts on */
    public long line() {
        return line;
    }

    /**
     * @param column  a standard column name, not null
     * @return the field, trimmed; empty if blank or if the file has no such column
     */
    public Optional<String> text(String column) {
        Integer i = index.get(column);
        if (i == null) {
            return Optional.empty();
        }
        String s = fields.get(i).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * @param column  a column, not null
     * @return the field, or null after recording that it is empty
     */
    public String required(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            problem(column, "is empty; a value is required");
            return null;
        }
        return s.get();
    }

    /**
     * Reads a plain decimal number ({@code 99.5}, {@code -3}); no exponent, no thousands separator.
     *
     * @param column  a column, not null
     * @return the number, empty if blank or after recording a problem
     */
    public Optional<BigDecimal> decimal(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!isDecimal(s.get())) {
            problem(column, "'" + echo(s.get()) + "' is not a decimal number (use digits and a point, e.g. 99.5)");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.get()));
    }

    /** A plain decimal: an optional sign, 1 to 30 digits, optionally a point and 1 to 30 digits. */
    static boolean isDecimal(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 30) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int fraction = 0;
        i++;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            fraction++;
        }
        return i == s.length() && fraction > 0 && fraction <= 30;
    }

    /**
     * @param column  a column, not null
     * @return the ISO date ({@code 2026-03-31}), empty after recording a problem if blank or malformed
     */
    public Optional<LocalDate> requiredDate(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            problem(column, "is empty; a date is required");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.get()));
        } catch (DateTimeParseException e) {
            problem(column, "'" + echo(s.get()) + "' is not a date (use 2026-03-31)");
            return Optional.empty();
        }
    }

    /**
     * Reads an instant: {@code 2026-04-02T08:00:00Z}, with an offset ({@code +02:00}), or a date
     * alone meaning its start in UTC.
     *
     * @param column  a column, not null
     * @return the instant, empty if blank or after recording a problem
     */
    public Optional<Instant> instant(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String v = s.get();
        Instant cached = instants.get(v);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Instant parsed = v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : v.endsWith("Z") ? Instant.parse(v) : OffsetDateTime.parse(v).toInstant();
            if (instants.size() < 4096) {
                instants.put(v, parsed); // exports repeat their timestamps: parse each once
            }
            return Optional.of(parsed);
        } catch (DateTimeParseException e) {
            problem(column, "'" + echo(v) + "' is not a timestamp (use 2026-04-02T08:00:00Z, an offset such as +02:00, or a date)");
            return Optional.empty();
        }
    }

    /**
     * @param value  a value the user gave, not null
     * @return the value, or its first 40 characters and its length, so that no input makes a message large
     */
    public static String echo(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "… (" + value.length() + " characters)";
    }

    /**
     * Records a problem with a field.
     *
     * @param column  the standard column name, not null
     * @param rule  what is wrong, not null
     */
    public void problem(String column, String rule) {
        problems.add(CsvProblem.at(file, line, columns.header(column), rule));
    }

    /** @return true if no problem was recorded */
    public boolean isValid() {
        return problems.isEmpty();
    }

    List<CsvProblem> problems() {
        return problems;
    }
}
