package dev.partnering.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * Which source column holds each field of one input (measurements, breach events or cost outcomes).
 * The defaults are the column names of the examples' CSV files with an {@code agreement_id} column
 * in front, e.g. for measurements
 * {@code agreement_id,kpi_id,period,value,numerator,denominator,source,recorded_at,excluded_reason};
 * {@link #withColumn} renames one field's column, for a lakehouse table whose names differ.
 * <p>
 * Every field is read as text (Parquet columns are cast; timestamps are written as ISO date-times
 * with their offset) and parsed by the job, so a bad value rejects its row, not the job. A column
 * that is missing from the source is read as empty.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ColumnMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The measurement fields: the examples' {@code measurements.csv} columns after {@code agreement_id}. */
    public static final List<String> MEASUREMENT_FIELDS = List.of("agreement_id", "kpi_id", "period", "value", "numerator",
            "denominator", "source", "recorded_at", "excluded_reason");
    /** The breach-event fields: the examples' {@code events.csv} columns after {@code agreement_id}. */
    public static final List<String> EVENT_FIELDS = List.of("agreement_id", "event_id", "penalty_id", "date", "units",
            "description", "excluded_reason");
    /** The cost-outcome fields: the examples' {@code costs.csv} columns after {@code agreement_id}. */
    public static final List<String> COST_FIELDS = List.of("agreement_id", "component_id", "period", "baseline", "actual",
            "currency", "description");

    /** The input the mapping is for: measurements, breach events or cost outcomes. */
    private final String input;
    /** Each field's column name in the user's files. */
    private final Map<String, String> columns;

    private ColumnMapping(String input, Map<String, String> columns) {
        this.input = input;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** @return the default mapping of measurements: each field from the column of its name, never null */
    public static ColumnMapping measurements() {
        return identity("measurements", MEASUREMENT_FIELDS);
    }

    /** @return the default mapping of breach events, never null */
    public static ColumnMapping breachEvents() {
        return identity("events", EVENT_FIELDS);
    }

    /** @return the default mapping of cost outcomes, never null */
    public static ColumnMapping costOutcomes() {
        return identity("costs", COST_FIELDS);
    }

    private static ColumnMapping identity(String input, List<String> fields) {
        Map<String, String> columns = new LinkedHashMap<>();
        fields.forEach(f -> columns.put(f, f));
        return new ColumnMapping(input, columns);
    }

    /**
     * @param field  one of this input's fields, not null
     * @param column  the source column that holds it, not null or blank
     * @return a copy reading {@code field} from {@code column}, never null
     * @throws ValidationException if the field is not one of this input's, or the column is blank
     */
    public ColumnMapping withColumn(String field, String column) {
        List<Violation> violations = new ArrayList<>();
        if (field == null || !columns.containsKey(field)) {
            violations.add(Violation.of(input + ".field", field, "is not a field of " + input + "; the fields are "
                    + String.join(", ", columns.keySet())));
        }
        if (column == null || column.isBlank()) {
            violations.add(Violation.of(input + "." + field, column, "names no column; a source column is required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("Column mapping of " + input, violations);
        }
        Map<String, String> copy = new LinkedHashMap<>(columns);
        copy.put(field, column);
        return new ColumnMapping(input, copy);
    }

    /** @return the input this mapping reads: {@code measurements}, {@code events} or {@code costs}; never null */
    public String input() {
        return input;
    }

    /** @return field to source column, in field order; never null */
    public Map<String, String> columns() {
        return columns;
    }

    /**
     * @param field  a field of this input, not null
     * @return the source column of that field, never null
     * @throws IllegalArgumentException if the field is not one of this input's
     */
    public String column(String field) {
        String column = columns.get(Objects.requireNonNull(field, "field"));
        if (column == null) {
            throw new IllegalArgumentException("'" + field + "' is not a field of " + input);
        }
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && m.input.equals(input) && m.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, columns);
    }

    @Override
    public String toString() {
        return "ColumnMapping[" + input + " " + columns + "]";
    }
}
