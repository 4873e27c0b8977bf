package dev.partnering.jackson.common.csv.internal;

import java.util.List;
import java.util.Objects;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.jackson.common.csv.CostOutcomeRow;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvReader;
import dev.partnering.kpi.Measurement;

/**
 * The readers behind both Jackson lines' {@code PartneringCsv}: the same column checks, row rules
 * and problem limit, over the row source of one Jackson line. Not part of the API (the package is
 * exported to the two Jackson modules only). This class is immutable and thread-safe.
 */
public final class CsvReaders {

    private final RowSource.Opener opener;
    private final int problemLimit;

    /**
     * @param opener  opens the rows of a text with one Jackson line's CSV parser, not null
     * @param problemLimit  how many problems a read collects before it stops, at least 1
     * @throws ValidationException if the limit is below 1
     */
    public CsvReaders(RowSource.Opener opener, int problemLimit) {
        this.opener = Objects.requireNonNull(opener, "opener");
        if (problemLimit < 1) {
            throw new ValidationException("PartneringCsv", List.of(Violation.of("problemLimit", problemLimit,
                    "the problem limit " + problemLimit + " must be at least 1")));
        }
        this.problemLimit = problemLimit;
    }

    /** @return how many problems a read collects before it stops */
    public int problemLimit() {
        return problemLimit;
    }

    /**
     * @param agreement  the agreement whose KPIs the rows must name, not null
     * @param columns  the measurement columns, not null
     * @return a reader, never null
     * @throws ValidationException if the columns are another kind's
     */
    public CsvReader<Measurement> measurements(Agreement agreement, CsvColumns columns) {
        Objects.requireNonNull(agreement, "agreement");
        check(columns, CsvColumns.measurements());
        return new RowReader<>(opener, () -> new MeasurementDecoder(agreement, columns), problemLimit);
    }

    /**
     * @param agreement  the agreement whose penalties the rows must name, not null
     * @param columns  the breach event columns, not null
     * @return a reader, never null
     * @throws ValidationException if the columns are another kind's
     */
    public CsvReader<BreachEvent> breachEvents(Agreement agreement, CsvColumns columns) {
        Objects.requireNonNull(agreement, "agreement");
        check(columns, CsvColumns.breachEvents());
        return new RowReader<>(opener, () -> new BreachEventDecoder(agreement, columns), problemLimit);
    }

    /**
     * @param columns  the cost outcome columns, not null
     * @return a reader, never null
     * @throws ValidationException if the columns are another kind's
     */
    public CsvReader<CostOutcomeRow> costOutcomes(CsvColumns columns) {
        check(columns, CsvColumns.costOutcomes());
        return new RowReader<>(opener, () -> new CostOutcomeDecoder(columns), problemLimit);
    }

    private static void check(CsvColumns columns, CsvColumns kind) {
        Objects.requireNonNull(columns, "columns");
        if (!columns.kind().equals(kind.kind())) {
            throw new ValidationException("PartneringCsv", List.of(Violation.of("columns", columns.kind(),
                    "the columns of " + columns.kind() + " cannot read " + kind.kind())));
        }
    }
}
