package dev.partnering.spark;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a portfolio job reads from: the agreements (JSON documents of the Jackson module,
 * {@code {"formatVersion": 1, "agreement": {...}}}), the measurements, and optionally the breach
 * events and the cost outcomes (CSV or Parquet, columns per {@link ColumnMapping}). Paths are
 * anything Spark's readers accept: a file, a directory, a glob, an {@code s3a://} or
 * {@code hdfs://} location.
 * <p>
 * Agreements are read one document per file by default (a directory of {@code *.json} files, as an
 * ERP or the examples write them); {@link #withAgreementsPerLine()} reads JSON Lines instead, one
 * compact document per line, which suits a large portfolio better (fewer, larger files).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreements  the agreement documents, not null
 * @param agreementsPerLine  whether each line is one document (JSON Lines) rather than each file
 * @param measurements  the measurements, not null
 * @param events  the breach events, if any
 * @param costs  the cost outcomes, if any
 * @param format  how measurements, events and costs are stored, not null
 * @param measurementColumns  the measurements' column mapping, not null
 * @param eventColumns  the breach events' column mapping, not null
 * @param costColumns  the cost outcomes' column mapping, not null
 * @since 0.1.0
 */
public record PortfolioInputs(String agreements, boolean agreementsPerLine, String measurements, Optional<String> events,
        Optional<String> costs, InputFormat format, ColumnMapping measurementColumns, ColumnMapping eventColumns,
        ColumnMapping costColumns) {

    /**
     * Checks for nulls.
     *
     * @param agreements the agreement documents, not null
     * @param agreementsPerLine whether each line is one document (JSON Lines) rather than each file
     * @param measurements the measurements, not null
     * @param events the breach events, if any
     * @param costs the cost outcomes, if any
     * @param format how measurements, events and costs are stored, not null
     * @param measurementColumns the measurements' column mapping, not null
     * @param eventColumns the breach events' column mapping, not null
     * @param costColumns the cost outcomes' column mapping, not null
     */
    public PortfolioInputs {
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(measurementColumns, "measurementColumns");
        Objects.requireNonNull(eventColumns, "eventColumns");
        Objects.requireNonNull(costColumns, "costColumns");
    }

    /**
     * @param agreements  the agreement documents, one per file, not null
     * @param measurements  the measurement CSV files, not null
     * @return inputs with no events and no costs, CSV, default column names; never null
     */
    public static PortfolioInputs of(String agreements, String measurements) {
        return new PortfolioInputs(agreements, false, measurements, Optional.empty(), Optional.empty(), InputFormat.CSV,
                ColumnMapping.measurements(), ColumnMapping.breachEvents(), ColumnMapping.costOutcomes());
    }

    /** @return a copy reading one agreement document per line (JSON Lines), never null */
    public PortfolioInputs withAgreementsPerLine() {
        return new PortfolioInputs(agreements, true, measurements, events, costs, format, measurementColumns, eventColumns,
                costColumns);
    }

    /**
     * @param path  the breach events, not null
     * @return a copy reading breach events from {@code path}, never null
     */
    public PortfolioInputs withEvents(String path) {
        return new PortfolioInputs(agreements, agreementsPerLine, measurements, Optional.of(path), costs, format,
                measurementColumns, eventColumns, costColumns);
    }

    /**
     * @param path  the cost outcomes, not null
     * @return a copy reading cost outcomes from {@code path}, never null
     */
    public PortfolioInputs withCosts(String path) {
        return new PortfolioInputs(agreements, agreementsPerLine, measurements, events, Optional.of(path), format,
                measurementColumns, eventColumns, costColumns);
    }

    /**
     * @param format  how the row inputs are stored, not null
     * @return a copy, never null
     */
    public PortfolioInputs withFormat(InputFormat format) {
        return new PortfolioInputs(agreements, agreementsPerLine, measurements, events, costs, format, measurementColumns,
                eventColumns, costColumns);
    }

    /**
     * @param mapping  a column mapping of measurements, events or costs, not null
     * @return a copy using it for its input, never null
     */
    public PortfolioInputs withColumns(ColumnMapping mapping) {
        return switch (mapping.input()) {
            case "measurements" -> new PortfolioInputs(agreements, agreementsPerLine, measurements, events, costs, format,
                    mapping, eventColumns, costColumns);
            case "events" -> new PortfolioInputs(agreements, agreementsPerLine, measurements, events, costs, format,
                    measurementColumns, mapping, costColumns);
            default -> new PortfolioInputs(agreements, agreementsPerLine, measurements, events, costs, format,
                    measurementColumns, eventColumns, mapping);
        };
    }
}
