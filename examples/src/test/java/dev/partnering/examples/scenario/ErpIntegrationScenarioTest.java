package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.incentive.AppliedCap;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Aggregation;
import dev.partnering.money.Money;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;
import dev.partnering.agreement.Agreement;

/**
 * The quarter's figures from the bundled CSV exports. The agreement comes from an
 * {@link dev.partnering.examples.json.AgreementSource} that returns the reference agreement, so
 * these figures do not depend on the JSON reading ({@link ErpIntegrationJsonTest} covers that).
 */
class ErpIntegrationScenarioTest {

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    private static PeriodEvaluation evaluation() throws Exception {
        return new ErpIntegrationScenario(file -> ErpIntegrationScenario.referenceAgreement()).evaluate();
    }

    @Test
    void quarterScorecard() throws Exception {
        PeriodEvaluation e = evaluation();
        // 90 days × 2 ratio KPIs + 15 emergency call-outs = 195 rows
        assertEquals(195, e.rows());
        Scorecard q1 = e.scorecard();
        // on time: (195 + 197 + 218) / (200 + 200 + 220) = 610 / 620 = 0.9839 ≥ 0.98 → 1; the two snowstorm days excluded
        Aggregation onTime = q1.line("on-time-delivery").orElseThrow().aggregation().orElseThrow();
        assertEquals(2, onTime.excluded().size());
        assertDecimal("1", q1.line("on-time-delivery").orElseThrow().attainment().orElseThrow());
        // defects: (240 + 580 + 248) / (60,000 + 56,000 + 62,000) = 1,068 / 178,000 = 0.006
        //          → (0.025 − 0.006) / (0.025 − 0.005) = 0.95
        assertDecimal("0.006", q1.line("defect-rate").orElseThrow().value().orElseThrow());
        assertEquals(KpiStatus.BELOW_TARGET, q1.line("defect-rate").orElseThrow().status());
        // emergency response: (9.0 + 10.0 + 9.0) / 15 = 1.87 hours ≤ 2 → 1
        // score (2 × 1 + 1 × 0.95 + 1 × 1) / 4 = 0.9875
        assertDecimal("0.9875", q1.score().orElseThrow());
    }

    @Test
    void eachMonthHasAStandingAndTheContractYearAWeightedScore() throws Exception {
        PeriodEvaluation e = evaluation();
        // weights: on time 2, defects 1, emergency response 1
        // Jan: (2 × 0.9375 + 1 + 1) / 4 = 3.875 / 4 = 0.96875 ≥ 0.95 → excellent
        // Feb: (2 × 1 + 0.73215 + 0.75) / 4 = 3.48215 / 4 = 0.8705375 → 0.870538 (6 decimals, HALF_EVEN) ≥ 0.85 → good
        // Mar: (2 + 1 + 1) / 4 = 1 → excellent
        assertEquals(List.of("2026-01 excellent 0.96875", "2026-02 good 0.870538", "2026-03 excellent 1"),
                e.standings().stream().map(s -> s.period() + " " + s.name() + " " + s.score().toPlainString()).toList());
        // contract year 2026-01-01 to 2026-12-31, so far: (0.96875 × 31 + 0.870538 × 28 + 1 × 31) / 90
        //   = (30.03125 + 24.375064 + 31) / 90 = 85.406314 / 90 = 0.9489590… → 0.948959: good (0.85 ≤ it < 0.95),
        //   although the quarter's own scorecard, 0.9875, is excellent
        assertDecimal("0.948959", e.contractYear().score().orElseThrow());
        assertEquals(90, e.contractYear().days());
        assertEquals("good", e.agreement().standings().bandOf(e.contractYear().score().orElseThrow()).name());
        // under the agreement's own bands the same months stand otherwise
        Agreement strict = e.agreement().withStandings(Standings.of(StandingBand.of("on track", new BigDecimal("0.97")),
                StandingBand.of("off track", BigDecimal.ZERO, "recovery plan")));
        assertEquals(List.of("off track", "off track", "on track"), new PeriodEvaluation(strict, e.period(), e.rows(),
                e.measurements(), e.events(), e.scorecard(), e.trend(), e.statement(), e.periodScorecards(), e.contractYear())
                .standings().stream().map(s -> s.name()).toList());
    }

    @Test
    void monthlyStatement() throws Exception {
        IncentiveStatement s = evaluation().statement().orElseThrow();
        // pool 8 % × 800,000 = 64,000 a month
        // Jan: on time 195 / 200 = 0.975 < 0.98 → 50 % = 32,000; stock-out 19 Jan 25,000 → −57,000
        // Feb: defects 580 / 56,000 = 0.0104 → 30 % = 19,200; emergency 2.5 h > 2 → 20 % = 12,800; the stock-out on
        //      11 Feb is excluded (force majeure) → −32,000
        // Mar: three stock-outs 75,000, capped at 5 % × 800,000 = 40,000 → −40,000
        assertEquals(List.of(sek("-57000.00"), sek("-32000.00"), sek("-40000.00")),
                s.periods().stream().map(p -> p.net()).toList());
        // the cap as figures an ERP books, and in words in the outcome's explanation
        ComponentOutcome stockOut = s.periods().get(2).outcome("stock-out").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.PERIOD, sek("75000.00"), sek("40000.00"))),
                stockOut.capsApplied());
        assertTrue(stockOut.explanation().toString().contains("rule: period cap 5 % of the fee = 40000.00 SEK applied to"
                + " 75000.00 SEK"), stockOut.explanation().toString());
        // −129,000 in all, far from the floor of −10 % (−80,000 a month)
        assertEquals(sek("-129000.00"), s.totalByParty().get("cleantex"));
        assertEquals(sek("129000.00"), s.totalByParty().get("lakeside"));
    }

    @Test
    void monthEndContinuesFromTheStatementStoredTheMonthBefore() throws Exception {
        // the ERP closes January alone, stores the statement, and at each later month end continues from what it stored:
        // the same −57,000 / −32,000 / −40,000 as the quarter computed at once (see monthlyStatement)
        var evaluation = evaluation();
        var agreement = evaluation.agreement();
        var scheme = agreement.incentiveScheme().orElseThrow();
        var january = dev.partnering.period.ReportingPeriod.parse("2026-01");
        IncentiveStatement stored = dev.partnering.evaluation.IncentiveCalculator.standard().calculate(agreement, scheme,
                List.of(dev.partnering.incentive.IncentivePeriod.builder().period(january)
                        .scorecard(dev.partnering.evaluation.ScorecardCalculator.standard().calculate(agreement, january,
                                evaluation.measurements()))
                        .addAllEvents(evaluation.events().stream().filter(e -> january.contains(e.date())).toList()).build()));
        for (String month : List.of("2026-02", "2026-03")) {
            stored = ErpIntegrationScenario.monthEnd(agreement, stored, dev.partnering.period.ReportingPeriod.parse(month),
                    evaluation.measurements(), evaluation.events());
            assertTrue(stored.periods().get(stored.periods().size() - 1).warnings().isEmpty());
        }
        assertEquals(List.of(sek("-57000.00"), sek("-32000.00"), sek("-40000.00")),
                stored.periods().stream().map(p -> p.net()).toList());
        assertEquals(evaluation.statement().orElseThrow().closingBalance(), stored.closingBalance());
    }
}
