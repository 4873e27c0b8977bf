package dev.partnering.jackson3.csv;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.jackson.common.csv.CostOutcomeRow;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvReader;
import dev.partnering.jackson.common.csv.internal.CsvReaders;
import dev.partnering.kpi.Measurement;

/**
 * Measurements, breach events and cost outcomes from CSV, parsed by Jackson 3's
 * {@code tools.jackson.dataformat:jackson-dataformat-csv}: the entry point. {@link #standard()} stops reading after 20
 * problems; {@link #withProblemLimit(int)} changes that.
 * <pre>
 * CsvReader&lt;Measurement&gt; reader = PartneringCsv.standard().measurements(agreement);
 * try (CsvRows&lt;Measurement&gt; rows = reader.open(path)) {
 *     rows.forEachRemaining(calculator::add);
 * }
 * </pre>
 * See {@link CsvReader} for the dialect and {@link dev.partnering.jackson.common.csv.CsvRows} for
 * what happens to good rows when others are bad. The Jackson 2 module has the same class in
 * {@code dev.partnering.jackson.csv}, reading the same files to the same values with the same
 * messages.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringCsv {

    /** The problem limit of {@link #standard()}. */
    public static final int DEFAULT_PROBLEM_LIMIT = 20;

    private static final PartneringCsv STANDARD = new PartneringCsv(DEFAULT_PROBLEM_LIMIT);

    private final CsvReaders readers;

    private PartneringCsv(int problemLimit) {
        this.readers = new CsvReaders(JacksonRows::open, problemLimit);
    }

    /** @return readers that stop after {@value #DEFAULT_PROBLEM_LIMIT} problems, never null */
    public static PartneringCsv standard() {
        return STANDARD;
    }

    /**
     * @param problemLimit  how many problems a read collects before it stops, at least 1
     * @return a copy with that limit, never null
     * @throws ValidationException if the limit is below 1
     */
    public PartneringCsv withProblemLimit(int problemLimit) {
        return new PartneringCsv(problemLimit);
    }

    /** @return how many problems a read collects before it stops */
    public int problemLimit() {
        return readers.problemLimit();
    }

    /**
     * @param agreement  the agreement whose KPIs the rows must name, not null
     * @return a reader of the standard measurement columns, never null
     */
    public CsvReader<Measurement> measurements(Agreement agreement) {
        return measurements(agreement, CsvColumns.measurements());
    }

    /**
     * @param agreement  the agreement whose KPIs the rows must name, not null
     * @param columns  the measurement columns, mapped to the user's header names, not null
     * @return a reader, never null
     * @throws ValidationException if the columns are another kind's
     */
    public CsvReader<Measurement> measurements(Agreement agreement, CsvColumns columns) {
        return readers.measurements(agreement, columns);
    }

    /**
     * @param agreement  the agreement whose incentive scheme's penalties the rows must name, not null
     * @return a reader of the standard breach event columns, never null
     */
    public CsvReader<BreachEvent> breachEvents(Agreement agreement) {
        return breachEvents(agreement, CsvColumns.breachEvents());
    }

    /**
     * @param agreement  the agreement whose incentive scheme's penalties the rows must name, not null
     * @param columns  the breach event columns, mapped to the user's header names, not null
     * @return a reader, never null
     * @throws ValidationException if the columns are another kind's
     */
    public CsvReader<BreachEvent> breachEvents(Agreement agreement, CsvColumns columns) {
        return readers.breachEvents(agreement, columns);
    }

    /** @return a reader of the standard cost outcome columns, never null */
    public CsvReader<CostOutcomeRow> costOutcomes() {
        return costOutcomes(CsvColumns.costOutcomes());
    }

    /**
     * @param columns  the cost outcome columns, mapped to the user's header names, not null
     * @return a reader, never null
     * @throws ValidationException if the columns are another kind's
     */
    public CsvReader<CostOutcomeRow> costOutcomes(CsvColumns columns) {
        return readers.costOutcomes(columns);
    }

    @Override
    public String toString() {
        return "PartneringCsv[Jackson 3, problemLimit=" + readers.problemLimit() + "]";
    }
}
