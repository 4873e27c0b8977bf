package dev.partnering.jackson.common.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * The columns of one kind of CSV file (measurements, breach events or cost outcomes) and the
 * header names they go by in the user's files. Each column has a standard name ({@code kpi_id},
 * {@code recorded_at}, ...), which is also its default header name; {@link #withHeader} maps it to
 * the header an export really writes ({@code "KPI"}, {@code "Timestamp"}).
 * <p>
 * Header names are matched case-insensitively, after trimming. Required columns must be in the
 * header; optional ones may be left out, and a file without them reads as if every row left them
 * blank.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvColumns {

    private final String kind;
    private final Map<String, String> headers;
    private final Set<String> required;

    private CsvColumns(String kind, Map<String, String> headers, Set<String> required) {
        this.kind = kind;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.required = Set.copyOf(required);
    }

    private static CsvColumns of(String kind, List<String> all, Set<String> required) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String c : all) {
            headers.put(c, c);
        }
        return new CsvColumns(kind, headers, required);
    }

    /**
     * The columns of a measurements file: {@code kpi_id}, {@code period} and {@code recorded_at}
     * required; {@code value}, {@code numerator}, {@code denominator}, {@code source} and
     * {@code excluded_reason} optional (a row still needs a value or a numerator and a
     * denominator).
     *
     * @return the standard measurement columns, never null
     */
    public static CsvColumns measurements() {
        return of("measurements", List.of("kpi_id", "period", "value", "numerator", "denominator", "source",
                "recorded_at", "excluded_reason"), Set.of("kpi_id", "period", "recorded_at"));
    }

    /**
     * The columns of a breach events file: {@code event_id}, {@code penalty_id} and {@code date}
     * required; {@code units} (default 1), {@code description} and {@code excluded_reason} optional.
     *
     * @return the standard breach event columns, never null
     */
    public static CsvColumns breachEvents() {
        return of("breach events", List.of("event_id", "penalty_id", "date", "units", "description", "excluded_reason"),
                Set.of("event_id", "penalty_id", "date"));
    }

    /**
     * The columns of a cost outcomes file: {@code component_id}, {@code period}, {@code baseline},
     * {@code actual} and {@code currency} required; {@code description} optional.
     *
     * @return the standard cost outcome columns, never null
     */
    public static CsvColumns costOutcomes() {
        return of("cost outcomes", List.of("component_id", "period", "baseline", "actual", "currency", "description"),
                Set.of("component_id", "period", "baseline", "actual", "currency"));
    }

    /**
     * Maps a column to the header name the user's files give it.
     *
     * @param column  the standard name of the column, e.g. {@code kpi_id}, not null
     * @param header  the header name in the user's files, e.g. {@code KPI}, not null, not blank
     * @return a copy with the column mapped, never null
     * @throws ValidationException if the column is not one of this kind's, the header is blank,
     *         or another column already goes by that header
     */
    public CsvColumns withHeader(String column, String header) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
        List<Violation> violations = new ArrayList<>();
        if (!headers.containsKey(column)) {
            violations.add(Violation.of("column", column, "unknown column '" + column + "' for " + kind
                    + "; the columns are " + String.join(", ", headers.keySet())));
        }
        String key = normalise(header);
        if (key.isEmpty()) {
            violations.add(Violation.of("header", header, "the header name of column '" + column + "' is blank"));
        }
        headers.forEach((c, h) -> {
            if (!c.equals(column) && normalise(h).equals(key)) {
                violations.add(Violation.of("header", header, "header '" + header + "' already names column '" + c + "'"));
            }
        });
        if (!violations.isEmpty()) {
            throw new ValidationException("CSV columns of " + kind, violations);
        }
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(column, header.trim());
        return new CsvColumns(kind, copy, required);
    }

    /** @return what the file holds, e.g. {@code "measurements"}, never null */
    public String kind() {
        return kind;
    }

    /** @return the standard column names, in the order the standard export writes them; never null */
    public List<String> columns() {
        return List.copyOf(headers.keySet());
    }

    /**
     * @param column  a standard column name, not null
     * @return the header name the column goes by, never null
     * @throws IllegalArgumentException if the column is not one of this kind's
     */
    public String header(String column) {
        String h = headers.get(column);
        if (h == null) {
            throw new IllegalArgumentException("unknown column '" + column + "' for " + kind);
        }
        return h;
    }

    /**
     * @param column  a standard column name, not null
     * @return true if the header must name the column
     */
    public boolean isRequired(String column) {
        return required.contains(column);
    }

    /** @return the header names as a header row would list them, comma separated, never null */
    public String headerRow() {
        return String.join(",", headers.values());
    }

    /**
     * @param header  a header name as written in a file, not null
     * @return the name trimmed and in lower case: the form headers are matched in
     */
    public static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvColumns c && kind.equals(c.kind) && headers.equals(c.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, headers);
    }

    @Override
    public String toString() {
        return "CsvColumns[" + kind + ": " + headers + "]";
    }
}
