package dev.partnering.jackson3.csv;

import java.util.stream.Stream;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.jackson.common.csv.CostOutcomeRow;
import dev.partnering.jackson.common.csv.CsvColumns;
import dev.partnering.jackson.common.csv.CsvReader;
import dev.partnering.kpi.Measurement;

/**
 * One Jackson line's CSV entry point, so that every CSV test runs over Jackson 2 and Jackson 3
 * with the same inputs and expects the same values and the same messages.
 */
interface CsvLine {

    CsvReader<Measurement> measurements(Agreement agreement, CsvColumns columns, int problemLimit);

    CsvReader<BreachEvent> breachEvents(Agreement agreement, CsvColumns columns, int problemLimit);

    CsvReader<CostOutcomeRow> costOutcomes(CsvColumns columns, int problemLimit);

    default CsvReader<Measurement> measurements(Agreement agreement) {
        return measurements(agreement, CsvColumns.measurements(), 20);
    }

    CsvLine JACKSON_2 = new CsvLine() {
        @Override
        public CsvReader<Measurement> measurements(Agreement agreement, CsvColumns columns, int problemLimit) {
            return dev.partnering.jackson.csv.PartneringCsv.standard().withProblemLimit(problemLimit)
                    .measurements(agreement, columns);
        }

        @Override
        public CsvReader<BreachEvent> breachEvents(Agreement agreement, CsvColumns columns, int problemLimit) {
            return dev.partnering.jackson.csv.PartneringCsv.standard().withProblemLimit(problemLimit)
                    .breachEvents(agreement, columns);
        }

        @Override
        public CsvReader<CostOutcomeRow> costOutcomes(CsvColumns columns, int problemLimit) {
            return dev.partnering.jackson.csv.PartneringCsv.standard().withProblemLimit(problemLimit).costOutcomes(columns);
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
    };

    CsvLine JACKSON_3 = new CsvLine() {
        @Override
        public CsvReader<Measurement> measurements(Agreement agreement, CsvColumns columns, int problemLimit) {
            return PartneringCsv.standard().withProblemLimit(problemLimit).measurements(agreement, columns);
        }

        @Override
        public CsvReader<BreachEvent> breachEvents(Agreement agreement, CsvColumns columns, int problemLimit) {
            return PartneringCsv.standard().withProblemLimit(problemLimit).breachEvents(agreement, columns);
        }

        @Override
        public CsvReader<CostOutcomeRow> costOutcomes(CsvColumns columns, int problemLimit) {
            return PartneringCsv.standard().withProblemLimit(problemLimit).costOutcomes(columns);
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    };

    static Stream<CsvLine> both() {
        return Stream.of(JACKSON_2, JACKSON_3);
    }
}
