package dev.partnering.incentive;

import dev.partnering.incentive.internal.PeriodContext;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;

class BonusMalusCurveTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static BonusMalusCurve.Builder curve() {
        return BonusMalusCurve.builder().id("c");
    }

    private static ComponentOutcome evaluate(BonusMalusCurve c, List<Measurement> ms) {
        Agreement a = Fixtures.agreement();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN)
                .scorecard(ScorecardCalculator.standard().calculate(a, JAN, ms)).build();
        return c.evaluate(new PeriodContext(a, inputs, Optional.of(sek("250000.00")), List.of()));
    }

    private static void assertValue(String expected, BonusMalusCurve c, String score) {
        BigDecimal actual = c.valueAt(new BigDecimal(score));
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "value at " + score + " was " + actual);
    }

    // ------------------------------------------------------------------ validation

    @Test
    void needsAValidIdAndAPoint() {
        assertOnly(() -> curve().build(), "points", "[]", "bonus/malus curve 'c' needs at least one point");
        assertOnly(() -> BonusMalusCurve.builder().id("-c").point(new BigDecimal("1"), new BigDecimal("0")).build(), "id", "-c",
                "component id '-c' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }

    @Test
    void scoresMustNotDescend() {
        assertOnly(() -> curve().point(new BigDecimal("1"), new BigDecimal("0")).point(new BigDecimal("0.8"), new BigDecimal("0")).build(), "points[1].score", "0.8",
                "bonus/malus curve 'c': scores must not descend, 0.8 follows 1");
    }

    @Test
    void atMostTwoPointsShareAScore() {
        assertEquals(2, curve().point(new BigDecimal("1"), new BigDecimal("0")).point(new BigDecimal("1"), new BigDecimal("1")).build().points().size());
        assertOnly(() -> curve().point(new BigDecimal("1"), new BigDecimal("0")).point(new BigDecimal("1"), new BigDecimal("1")).point(new BigDecimal("1.0"), new BigDecimal("2")).build(), "points[2].score", "1",
                "bonus/malus curve 'c': at most two points may share the score 1");
        assertOnly(() -> curve().point(new BigDecimal("0.5"), new BigDecimal("-1")).point(new BigDecimal("1"), new BigDecimal("0")).point(new BigDecimal("1"), new BigDecimal("1")).point(new BigDecimal("1"), new BigDecimal("2")).build(), "points[3].score",
                "1", "bonus/malus curve 'c': at most two points may share the score 1");
    }

    @Test
    void valuesMayStayFlat() {
        assertEquals(2, curve().point(new BigDecimal("0.8"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("0")).build().points().size());
    }

    @Test
    void curvePointsCompareByValue() {
        CurvePoint a = CurvePoint.of(new BigDecimal("0.8"), new BigDecimal("-5"));
        CurvePoint b = CurvePoint.of(new BigDecimal("0.80"), new BigDecimal("-5.0"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, CurvePoint.of(new BigDecimal("0.8"), new BigDecimal("-4")));
        assertNotEquals(a, CurvePoint.of(new BigDecimal("0.9"), new BigDecimal("-5")));
        assertNotEquals(a.hashCode(), CurvePoint.of(new BigDecimal("-5"), new BigDecimal("0.8")).hashCode());
        assertFalse(a.equals("0.8"));
        assertEquals(curve().point(new BigDecimal("1"), new BigDecimal("0")).build(), curve().point(new BigDecimal("1.00"), new BigDecimal("0.0")).build());
    }

    // ------------------------------------------------------------------ the curve

    @Test
    void linearBetweenPointsAndFlatOutside() {
        BonusMalusCurve c = curve().point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build();
        assertValue("-5", c, "0.5");   // before the first point: its value
        assertValue("-5", c, "0.8");   // at the first point
        assertValue("-2.5", c, "0.9"); // −5 + (0.1 / 0.2) × 5 = −2.5
        assertValue("0", c, "1.0");
        assertValue("5", c, "1.2");    // at the last point
        assertValue("5", c, "2");      // after it: its value
    }

    @Test
    void aOnePointCurveIsFlat() {
        BonusMalusCurve c = curve().point(new BigDecimal("1"), new BigDecimal("3")).build();
        assertValue("3", c, "0");
        assertValue("3", c, "1");
        assertValue("3", c, "1.5");
    }

    @Test
    void anUndefinedScoreGivesNothingAndSaysSo() {
        Measurement storm = Measurement.builder().kpiId("availability").period(JAN).value(new BigDecimal("90"))
                .recordedAt(Instant.parse("2026-02-01T00:00:00Z")).exclusionReason("storm").build();
        Agreement a = Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addKpis(Fixtures.availability()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule()).build();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN)
                .scorecard(ScorecardCalculator.standard().calculate(a, JAN, List.of(storm))).build();
        BonusMalusCurve c = curve().point(new BigDecimal("1"), new BigDecimal("5")).build();
        ComponentOutcome o = c.evaluate(new PeriodContext(a, inputs, Optional.empty(), List.of()));
        assertEquals(sek("0"), o.amount());
        assertEquals("rule: bonus/malus 'c': the score of 2026-01 is undefined: no bonus, no malus", o.explanation().toString());
    }

    @Test
    void amountCurveNeedsNoFee() {
        // all at target: score 1 → 1,000 + (1 − 0.8) / 0.4 × (3,000 − 1,000) = 2,000.00 SEK, whatever the fee
        BonusMalusCurve c = curve().point(new BigDecimal("0.8"), new BigDecimal("1000")).point(new BigDecimal("1.2"), new BigDecimal("3000")).unit(BonusMalusCurve.Unit.AMOUNT).build();
        Agreement a = Fixtures.agreement();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN)
                .scorecard(ScorecardCalculator.standard().calculate(a, JAN, IncentiveFixtures.atTarget("2026-01"))).build();
        ComponentOutcome o = c.evaluate(new PeriodContext(a, inputs, Optional.empty(), List.of()));
        assertEquals(sek("2000.00"), o.amount());
        assertEquals(String.join("\n",
                "bonus/malus 'c': 2000.00 SEK",
                "  input: score 1",
                "  curve value 2000.00 SEK"), o.explanation().toString());
    }

    @Test
    void percentCurveExplainsTheFee() {
        BonusMalusCurve c = curve().point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("1.2"), new BigDecimal("5")).build();
        // score 1 → 0 % of 250,000 = 0
        ComponentOutcome o = evaluate(c, IncentiveFixtures.atTarget("2026-01"));
        assertEquals(sek("0.00"), o.amount());
        assertEquals(String.join("\n",
                "bonus/malus 'c': 0.00 SEK",
                "  input: score 1",
                "  curve value 0 % of fee 250000.00 SEK = 0.00 SEK"), o.explanation().toString());
        assertEquals("bonus-malus", c.type());
    }

    // ------------------------------------------------------------------ exposure

    @Test
    void exposureIsTheCurvesEnds() {
        // −5 % to +5 % of 250,000: ±12,500
        assertEquals(Exposure.of(sek("12500.00"), sek("12500.00")),
                curve().point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("1.2"), new BigDecimal("5")).build().exposure(sek("250000.00")));
        // a bonus-only curve has no downside; a malus-only curve no upside
        assertEquals(Exposure.of(sek("7500.00"), sek("0.00")),
                curve().point(new BigDecimal("0.8"), new BigDecimal("1")).point(new BigDecimal("1.2"), new BigDecimal("3")).build().exposure(sek("250000.00")));
        assertEquals(Exposure.of(sek("0.00"), sek("12500.00")),
                curve().point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("1.2"), new BigDecimal("-1")).build().exposure(sek("250000.00")));
        // amounts are taken as they are
        assertEquals(Exposure.of(sek("2000.00"), sek("1000.00")), curve().point(new BigDecimal("0.8"), new BigDecimal("-1000")).point(new BigDecimal("1.2"), new BigDecimal("2000"))
                .unit(BonusMalusCurve.Unit.AMOUNT).build().exposure(sek("250000.00")));
        assertEquals(Exposure.of(sek("0.00"), sek("0.00")), curve().point(new BigDecimal("1"), new BigDecimal("0"))
                .unit(BonusMalusCurve.Unit.AMOUNT).build().exposure(sek("250000.00")));
    }
}
