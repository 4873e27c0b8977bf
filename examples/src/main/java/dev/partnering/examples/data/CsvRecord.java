package dev.partnering.examples.data;

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

/**
 * One data row of a CSV file, with typed accessors that record a problem naming the file, the
 * line and the field instead of throwing. A handler reads the fields it needs, then builds its
 * value only if {@link #isValid()}.
 * <p>
 * Not thread-safe: a record belongs to the reading thread.
 *
 * @since 0.1.0
 */
public final class CsvRecord {


    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final List<String> fields;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, Instant> instants;

    CsvRecord(String file, long line, Map<String, Integer> columns, List<String> fields, Map<String, Instant> instants) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
        this.instants = instants;
    }

    /** @return the file's name */
    public String file() {
        return file;
    }

    /** @return the 1-based line number */
    public long line() {
        return line;
    }

    /**
     * @param column  a column of the header, not null
     * @return the field, trimmed; empty if blank
     */
    public Optional<String> text(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("column '" + column + "' was not declared");
        }
        String s = fields.get(i).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * @param column  a column, not null
     * @return the field, or null after recording "missing" if blank
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
            problem(column, "'" + s.get() + "' is not a decimal number (use digits and a point, e.g. 99.5)");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.get()));
    }

    /** A plain decimal: an optional sign, 1 to 30 digits, optionally a point and 1 to 30 digits. */
    static boolean isDecimal(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
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
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            fraction++;
        }
        return i == s.length() && fraction > 0 && fraction <= 30;
    }

    /**
     * @param column  a column, not null
     * @return the whole number, empty if blank or after recording a problem
     */
    public Optional<Integer> integer(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(s.get()));
        } catch (NumberFormatException e) {
            problem(column, "'" + s.get() + "' is not a whole number");
            return Optional.empty();
        }
    }

    /**
     * @param column  a column, not null
     * @return the ISO date ({@code 2026-03-31}), empty if blank or after recording a problem
     */
    public Optional<LocalDate> date(String column) {
        Optional<String> s = text(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.get()));
        } catch (DateTimeParseException e) {
            problem(column, "'" + s.get() + "' is not a date (use 2026-03-31)");
            return Optional.empty();
        }
    }

    /**
     * @param column  a column, not null
     * @return the ISO date, empty after recording a problem if blank or malformed
     */
    public Optional<LocalDate> requiredDate(String column) {
        if (text(column).isEmpty()) {
            problem(column, "is empty; a date is required");
            return Optional.empty();
        }
        return date(column);
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
            problem(column, "'" + v + "' is not a timestamp (use 2026-04-02T08:00:00Z, an offset such as +02:00, or a date)");
            return Optional.empty();
        }
    }

    /**
     * Records a problem with a field.
     *
     * @param column  the field, not null
     * @param message  what is wrong, not null
     */
    public void problem(String column, String message) {
        problems.add(InputProblem.at(file, line, column, message));
    }

    /** @return true if no problem was recorded */
    public boolean isValid() {
        return problems.isEmpty();
    }

    List<InputProblem> problems() {
        return problems;
    }
}
