package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.partnering.ThoroughTries;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A period's value from a table is the list's wherever a row's period and the period scored differ: from a table
 * the scorecards (or the refusal, with every violation) are the list's, where rows are months and quarters,
 * scored in months and quarters, and the KPI's second version, from the start of a month of 2026, aggregates
 * otherwise (a mean, a ratio) than its first, so a row and the period it lies in may have different versions
 * (a fast path that took a row's value for a period that does not start with it, or does not contain it, fails
 * here).
 */
@AddLifecycleHook(ThoroughTries.class)
class TablePeriodValueProperties {

    private static final List<String> PERIODS = List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
            "2026-06", "2026-Q1", "2026-Q2");
    private static final Instant RECORDED = Instant.parse("2026-07-01T00:00:00Z");

    /** A row: its period, a value (0.000-1.000) or a ratio (n of d, 0-50). */
    record Row(String period, boolean ratio, int first, int second) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return Combinators.combine(Arbitraries.of(PERIODS), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 50)).as(Row::new)
                .list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<ReportingPeriod>> periods() {
        return Arbitraries.of(PERIODS).map(ReportingPeriod::parse).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }

    @Property(tries = 500)
    void tableScorecardsAreTheListsWhereRowsAndPeriodsDifferInLengthAndVersion(@ForAll("rows") List<Row> rows,
            @ForAll("periods") List<ReportingPeriod> periods, @ForAll boolean firstIsRatio,
            @ForAll @IntRange(min = 1, max = 5) int secondFrom, @ForAll MissingDataPolicy policy) {
        Agreement agreement = ScorecardFixtures.agreement(policy, List.of(sla(1, firstIsRatio, 0),
                sla(2, !firstIsRatio, secondFrom)));
        List<Measurement> ms = new ArrayList<>();
        for (Row r : rows) {
            Measurement.Builder b = Measurement.builder().kpiId("sla").period(ReportingPeriod.parse(r.period()))
                    .recordedAt(RECORDED);
            if (r.ratio()) {
                int d = r.second();
                b.ratio(BigDecimal.valueOf(d == 0 ? 0 : r.first() % (d + 1)), BigDecimal.valueOf(d));
            } else {
                b.value(BigDecimal.valueOf(r.first(), 3));
            }
            ms.add(b.build());
        }
        List<Scorecard> fromList;
        try {
            fromList = ScorecardCalculator.standard().calculate(agreement, periods, ms);
        } catch (ValidationException refused) {
            ValidationException fromTable = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                    () -> ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(ms)));
            assertEquals(refused.violations(), fromTable.violations());
            return;
        }
        List<Scorecard> fromTable = ScorecardCalculator.standard().calculate(agreement, periods, MeasurementTable.of(ms));
        assertEquals(fromList, fromTable);
        for (int p = 0; p < periods.size(); p++) {
            assertEquals(fromList.get(p).explanation().toText(), fromTable.get(p).explanation().toText());
        }
    }

    /** sla: higher is better, minimum 0.85, target 0.95, a mean or a ratio, from 2026-01 plus some months. */
    private static KpiDefinition sla(int version, boolean ratio, int fromMonth) {
        return KpiDefinition.builder().id("sla").name("SLA").unit("ratio").version(version)
                .direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("0.85"), new BigDecimal("0.95"))
                .aggregation(ratio ? AggregationRule.ratio() : AggregationRule.mean()).dataSource("tickets")
                .measurementMethod("within SLA / all").effectiveFrom(ScorecardFixtures.START.plusMonths(fromMonth))
                .build();
    }
}
