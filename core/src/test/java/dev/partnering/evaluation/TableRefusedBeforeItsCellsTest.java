package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.ScorecardFixtures;
import org.junit.jupiter.api.Test;

/**
 * A refused call is refused with its {@code ValidationException}, from a table as from a list, however many KPIs and
 * periods it asks for: the table path makes its scorecards' cells (KPIs × scorecards) before it checks the rows only
 * for a call of at most {@code ScorecardCalculator.ROW_PASS_CELLS} cells, so that a call whose cells would not fit in
 * an int (or in memory) is not refused with an {@code ArithmeticException} instead (found by a review: the first
 * version of the row pass made them first, always).
 */
class TableRefusedBeforeItsCellsTest {

    @Test
    void aRefusedTableIsRefusedBeforeTheCellsAreMade() {
        List<KpiDefinition> kpis = new ArrayList<>();
        for (int i = 0; i < 12_800; i++) {
            kpis.add(KpiDefinition.builder().id(String.format("k%05d", i)).name("k").unit("u").direction(Direction.BINARY)
                    .weight(BigDecimal.ONE).dataSource("s").measurementMethod("m")
                    .effectiveFrom(ScorecardFixtures.START).build());
        }
        Agreement agreement = ScorecardFixtures.agreement(MissingDataPolicy.EXCLUDE, kpis);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int y = 2; y <= 9999; y++) {
            for (int m = 1; m <= 12; m++) {
                periods.add(ReportingPeriod.month(y, m));
            }
            for (int q = 1; q <= 4; q++) {
                periods.add(ReportingPeriod.quarter(y, q));
            }
            periods.add(ReportingPeriod.year(y));
        }
        List<Measurement> ms = List.of(Measurement.builder().kpiId("unknown").period(ReportingPeriod.parse("2026-01"))
                .recordedAt(Instant.parse("2026-02-01T00:00:00Z")).value(BigDecimal.ONE).build());
        assertThrows(ValidationException.class, () -> ScorecardCalculator.standard().calculate(agreement, periods, ms));
        // the same refusal from a table
        assertThrows(ValidationException.class,
                () -> ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(ms)));
    }
}
