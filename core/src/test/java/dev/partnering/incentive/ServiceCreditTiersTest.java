package dev.partnering.incentive;

import dev.partnering.incentive.internal.PeriodContext;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;

class ServiceCreditTiersTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static ServiceCreditTiers.Builder availability() {
        return ServiceCreditTiers.builder().id("t").kpiId("availability");
    }

    /** incident response in hours: above 4 h → 1 %, above 8 h → 3 %. */
    private static ServiceCreditTiers.Builder response() {
        return ServiceCreditTiers.builder().id("t").kpiId("incident-response")
                .band(new BigDecimal("8"), new BigDecimal("3")).band(new BigDecimal("4"), new BigDecimal("1"));
    }

    /** Evaluates the tiers alone on January's measurements with a fee of 100,000.00. */
    private static ComponentOutcome evaluate(ServiceCreditTiers t, List<Measurement> ms) {
        Agreement a = Fixtures.agreement();
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN)
                .scorecard(ScorecardCalculator.standard().calculate(a, JAN, ms)).build();
        return t.evaluate(new PeriodContext(a, inputs, Optional.of(sek("100000.00")), List.of()));
    }

    private static ComponentOutcome evaluate(ServiceCreditTiers t, String kpiId, String value) {
        List<Measurement> ms = new ArrayList<>();
        atTarget("2026-01").stream().filter(m -> !m.kpiId().equals(kpiId)).forEach(ms::add);
        ms.add(Fixtures.measurement(kpiId, "2026-01", value));
        return evaluate(t, ms);
    }

    // ------------------------------------------------------------------ validation

    /** Terms that answer only the KPI versions, all a table's check against the agreement reads. */
    private static IncentiveTerms terms(KpiDefinition... versions) {
        return (IncentiveTerms) java.lang.reflect.Proxy.newProxyInstance(IncentiveTerms.class.getClassLoader(),
                new Class<?>[] {IncentiveTerms.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("kpiVersions")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Arrays.stream(versions).filter(k -> k.id().equals(args[0])).toList();
                });
    }

    private static KpiDefinition kpi(String id, int version, Direction direction) {
        KpiDefinition.Builder b = KpiDefinition.builder().id(id).name(id).unit("u").direction(direction).version(version)
                .effectiveFrom(Fixtures.START.plusMonths(version - 1));
        if (direction == Direction.HIGHER_IS_BETTER) {
            b.thresholds(new BigDecimal("98"), new BigDecimal("99"));
        } else if (direction == Direction.LOWER_IS_BETTER) {
            b.thresholds(new BigDecimal("8"), new BigDecimal("4"));
        }
        return b.build();
    }

    @Test
    void needsADirectedKpiAndABand() {
        // before: the table repeated the direction and refused BINARY when built; now the KPI's definition says it
        assertEquals(List.of(Violation.of("kpiId", "k", "service-credit tiers 't' need a HIGHER_IS_BETTER or LOWER_IS_BETTER kpi,"
                + " but 'k' is BINARY")), ServiceCreditTiers.builder().id("t").kpiId("k").band(new BigDecimal("1"), new BigDecimal("2"))
                        .build().violationsAgainst(terms(kpi("k", 1, Direction.BINARY))));
        assertOnly(() -> availability().build(), "bands", "[]", "service-credit tiers 't' need at least one band");
        assertOnly(() -> ServiceCreditTiers.builder().id("a b").kpiId("availability")
                .band(new BigDecimal("99"), new BigDecimal("1")).build(), "id", "a b",
                "component id 'a b' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }

    @Test
    void twoBandsMayNotShareAThreshold() {
        assertOnly(() -> availability().band(new BigDecimal("99.0"), new BigDecimal("2")).band(new BigDecimal("99"), new BigDecimal("3")).build(), "bands", "99",
                "service-credit tiers 't': two bands at 99");
    }

    @Test
    void aWorseBandNeverGivesLessForAHigherIsBetterKpi() {
        // given in any order: 98.0 is worse than 99.8, so it must give at least 2 %
        // (judged against the agreement, whose KPI says which way is worse)
        Agreement a = Fixtures.agreement();
        assertEquals(List.of(), availability().band(new BigDecimal("98.0"), new BigDecimal("3"))
                .band(new BigDecimal("99.8"), new BigDecimal("2")).build().violationsAgainst(a));
        assertEquals(List.of(), availability().band(new BigDecimal("98.0"), new BigDecimal("2"))
                .band(new BigDecimal("99.8"), new BigDecimal("2")).build().violationsAgainst(a));
        assertEquals(List.of(Violation.of("bands", "98", "service-credit tiers 't': the worse band at 98 gives 2 %, less than 3 % at"
                + " 99.8 (kpi 'availability' is HIGHER_IS_BETTER)")), availability().band(new BigDecimal("99.8"), new BigDecimal("3"))
                        .band(new BigDecimal("98.0"), new BigDecimal("2")).build().violationsAgainst(a));
    }

    @Test
    void aWorseBandNeverGivesLessForALowerIsBetterKpi() {
        // for response times, 8 h is worse than 4 h
        Agreement a = Fixtures.agreement();
        assertEquals(List.of(), response().build().violationsAgainst(a));
        assertEquals(List.of(Violation.of("bands", "8", "service-credit tiers 't': the worse band at 8 gives 1 %, less than 3 % at 4"
                + " (kpi 'incident-response' is LOWER_IS_BETTER)")), ServiceCreditTiers.builder().id("t").kpiId("incident-response")
                        .band(new BigDecimal("4"), new BigDecimal("3")).band(new BigDecimal("8"), new BigDecimal("1")).build()
                        .violationsAgainst(a));
    }

    @Test
    void capsAreZeroToHundredPercent() {
        ServiceCreditTiers bounds = availability().band(new BigDecimal("99"), new BigDecimal("1")).periodCapPercent(BigDecimal.ZERO)
                .rollingCapPercent(new BigDecimal("100")).build();
        assertEquals(Optional.of(BigDecimal.ZERO), bounds.periodCapPercent());
        ServiceCreditTiers other = availability().band(new BigDecimal("99"), new BigDecimal("1")).periodCapPercent(new BigDecimal("100"))
                .rollingCapPercent(BigDecimal.ZERO).build();
        assertEquals(Optional.of(BigDecimal.ZERO), other.rollingCapPercent());
        assertOnly(() -> availability().band(new BigDecimal("99"), new BigDecimal("1")).periodCapPercent(new BigDecimal("100.1")).build(), "periodCapPercent",
                "100.1", "service-credit tiers 't': period cap 100.1 % must be 0 to 100 %");
        assertOnly(() -> availability().band(new BigDecimal("99"), new BigDecimal("1")).periodCapPercent(new BigDecimal("-1")).build(), "periodCapPercent",
                "-1", "service-credit tiers 't': period cap -1 % must be 0 to 100 %");
        assertOnly(() -> availability().band(new BigDecimal("99"), new BigDecimal("1")).rollingCapPercent(new BigDecimal("100.1")).build(), "rollingCapPercent",
                "100.1", "service-credit tiers 't': rolling cap 100.1 % must be 0 to 100 %");
        assertOnly(() -> availability().band(new BigDecimal("99"), new BigDecimal("1")).rollingCapPercent(new BigDecimal("-0.1")).build(), "rollingCapPercent",
                "-0.1", "service-credit tiers 't': rolling cap -0.1 % must be 0 to 100 %");
    }

    @Test
    void creditBandValidatesAndComparesByValue() {
        assertOnly(() -> CreditBand.of(new BigDecimal("99.8"), new BigDecimal("-1")), "creditPercent", "-1", "credit band at 99.8: credit -1 % must be 0 to 100 %");
        assertOnly(() -> CreditBand.of(new BigDecimal("99.80"), new BigDecimal("100.5")), "creditPercent", "100.5",
                "credit band at 99.8: credit 100.5 % must be 0 to 100 %");
        assertEquals(0, BigDecimal.ZERO.compareTo(CreditBand.of(new BigDecimal("1"), new BigDecimal("0")).creditPercent()));
        assertEquals(0, new BigDecimal("100").compareTo(CreditBand.of(new BigDecimal("1"), new BigDecimal("100")).creditPercent()));
        CreditBand a = CreditBand.of(new BigDecimal("99.8"), new BigDecimal("2"));
        CreditBand b = CreditBand.of(new BigDecimal("99.80"), new BigDecimal("2.0"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, CreditBand.of(new BigDecimal("99.8"), new BigDecimal("3")));
        assertNotEquals(a, CreditBand.of(new BigDecimal("99.9"), new BigDecimal("2")));
        assertNotEquals(a.hashCode(), CreditBand.of(new BigDecimal("2"), new BigDecimal("99.8")).hashCode());
        assertFalse(a.equals(null));
        assertEquals(availability().band(new BigDecimal("99.8"), new BigDecimal("2")).build(), availability().band(new BigDecimal("99.80"), new BigDecimal("2.00")).build());
    }

    @Test
    void theKpiMustExistWithOneDirection() {
        Agreement a = Fixtures.agreement();
        assertEquals(List.of(Violation.of("kpiId", "nps", "service-credit tiers 't' apply to kpi 'nps', which the agreement does not define")),
                ServiceCreditTiers.builder().id("t").kpiId("nps").band(new BigDecimal("1"), new BigDecimal("1")).build()
                        .violationsAgainst(a));
        assertEquals(List.of(Violation.of("kpiId", "k", "service-credit tiers 't' apply to kpi 'k', which is HIGHER_IS_BETTER in v1"
                + " but LOWER_IS_BETTER in v2: a table has one direction")), ServiceCreditTiers.builder().id("t").kpiId("k")
                        .band(new BigDecimal("1"), new BigDecimal("1")).build()
                        .violationsAgainst(terms(kpi("k", 1, Direction.HIGHER_IS_BETTER), kpi("k", 2, Direction.LOWER_IS_BETTER))));
        assertEquals(List.of(), response().build().violationsAgainst(a));
    }

    // ------------------------------------------------------------------ evaluation

    @Test
    void aValueExactlyAtAThresholdIsNotWorseThanIt() {
        ServiceCreditTiers t = availability().band(new BigDecimal("99.8"), new BigDecimal("2")).band(new BigDecimal("98.0"), new BigDecimal("3")).build();
        // 99.8 is not below 99.8, so no band applies
        ComponentOutcome o = evaluate(t, "availability", "99.8");
        assertEquals(sek("0"), o.amount());
        assertEquals("rule: service-credit tiers 't': availability 99.8 is within every band: no credit", o.explanation().toString());
        // 98.0 is below 99.8 but not below 98.0: 2 % of 100,000 = 2,000
        assertEquals(sek("-2000.00"), evaluate(t, "availability", "98.0").amount());
    }

    @Test
    void lowerIsBetterCreditsValuesAboveTheThreshold() {
        ServiceCreditTiers t = response().build();
        // 4 h is the threshold itself: no credit; 6 h > 4 h: 1 % = 1,000; 9 h > 8 h: the worst band, 3 % = 3,000
        assertEquals(sek("0"), evaluate(t, "incident-response", "4").amount());
        ComponentOutcome six = evaluate(t, "incident-response", "6");
        assertEquals(sek("-1000.00"), six.amount());
        assertEquals(List.of(new OutcomeLine("credit:incident-response", "service credit for incident-response", sek("-1000.00"))),
                six.lines());
        assertEquals(String.join("\n",
                "service-credit tiers 't': -1000.00 SEK",
                "  rule: incident-response 6 is above 4: credit 1 % of 100000.00 SEK = 1000.00 SEK",
                "  = credit 1000.00 SEK"), six.explanation().toString());
        assertEquals(sek("-3000.00"), evaluate(t, "incident-response", "9").amount());
        assertEquals(sek("0"), evaluate(t, "incident-response", "2").amount());
    }

    @Test
    void higherIsBetterExplanationSaysBelow() {
        ComponentOutcome o = evaluate(availability().band(new BigDecimal("99.8"), new BigDecimal("2")).build(), "availability", "99.5");
        assertEquals(String.join("\n",
                "service-credit tiers 't': -2000.00 SEK",
                "  rule: availability 99.5 is below 99.8: credit 2 % of 100000.00 SEK = 2000.00 SEK",
                "  = credit 2000.00 SEK"), o.explanation().toString());
    }

    @Test
    void noMeasuredValueGivesNoCredit() {
        ServiceCreditTiers t = availability().band(new BigDecimal("99.8"), new BigDecimal("2")).build();
        List<Measurement> ms = atTarget("2026-01").stream().filter(m -> !m.kpiId().equals("availability")).toList();
        // availability is MISSING (counted as 0 under the ZERO policy), but there is no value to compare with the bands
        ComponentOutcome o = evaluate(t, ms);
        assertEquals(sek("0"), o.amount());
        assertEquals("rule: service-credit tiers 't': no measured value of availability in 2026-01: no credit",
                o.explanation().toString());
        ComponentOutcome unknown = evaluate(ServiceCreditTiers.builder().id("t").kpiId("nps")
                .band(new BigDecimal("1"), new BigDecimal("2")).build(), atTarget("2026-01"));
        assertEquals("rule: service-credit tiers 't': no measured value of nps in 2026-01: no credit", unknown.explanation().toString());
    }

    @Test
    void aCreditExactlyAtThePeriodCapIsNotReportedAsCapped() {
        ServiceCreditTiers t = availability().band(new BigDecimal("99.8"), new BigDecimal("2")).periodCapPercent(new BigDecimal("2")).build();
        ComponentOutcome o = evaluate(t, "availability", "99.5");
        assertEquals(sek("-2000.00"), o.amount());
        assertEquals(List.of(), o.capsApplied());
    }

    @Test
    void rollingCapOverQuartersLooksBackFourQuarters() {
        ServiceCreditTiers t = availability().band(new BigDecimal("99.8"), new BigDecimal("0.5")).band(new BigDecimal("98.0"), new BigDecimal("3"))
                .rollingCapPercent(new BigDecimal("0.8")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(t).build(), sek("100000.00"));
        List<ReportingPeriod> quarters = List.of(ReportingPeriod.parse("2026-Q1"), ReportingPeriod.parse("2026-Q2"),
                ReportingPeriod.parse("2026-Q3"), ReportingPeriod.parse("2026-Q4"), ReportingPeriod.parse("2027-Q1"));
        List<Measurement> ms = new ArrayList<>();
        String[] values = {"99.5", "99.5", "99.9", "99.9", "97.5"};
        for (int i = 0; i < quarters.size(); i++) {
            ms.addAll(atTarget(quarters.get(i).toString()));
            ms.set(ms.size() - 3, Fixtures.measurement("availability", quarters.get(i).toString(), values[i]));
        }
        IncentiveStatement s = run(a, quarters, ms);
        // quarterly fee 3 × 100,000 = 300,000; the window is 12 / 3 = 4 quarters
        // 2026-Q1: 99.5 → 0.5 % = 1,500; room 0.8 % × 300,000 = 2,400 → 1,500
        // 2026-Q2: 1,500; room 0.8 % × 600,000 − 1,500 = 3,300 → 1,500
        // 2026-Q3, Q4: 99.9 → no credit
        // 2027-Q1: 97.5 → 3 % = 9,000; charges 2026-Q2 to 2027-Q1 = 1,200,000 → 9,600, less 1,500 given since 2026-Q2
        //          (2026-Q1 has left the window) → 8,100
        assertEquals(sek("-1500.00"), s.periods().get(0).net());
        assertEquals(sek("-1500.00"), s.periods().get(1).net());
        assertEquals(sek("0.00"), s.periods().get(2).net());
        assertEquals(sek("-8100.00"), s.periods().get(4).net());
        ComponentOutcome q1 = s.periods().get(4).outcome("t").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.ROLLING_TWELVE_MONTHS, sek("9000.00"), sek("8100.00"))), q1.capsApplied());
        assertTrue(q1.explanation().toString().contains("rule: rolling twelve-month cap 0.8 % of 1200000.00 SEK = 9600.00 SEK, less 1500.00 SEK already credited, "
                + "leaves 8100.00 SEK"));
    }

    @Test
    void theRollingCapCountsOnlyWhatTheFloorLetTheSupplierBear() {
        ServiceCreditTiers t = availability().band(new BigDecimal("99.8"), new BigDecimal("2")).band(new BigDecimal("98.0"), new BigDecimal("3")).rollingCapPercent(new BigDecimal("1.2")).build();
        Penalty late = Penalty.builder().id("late").rate(sek("2000")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(t, late).floor(Bound.percentOfFee(new BigDecimal("2.5")))
                .build(), sek("100000.00"));
        List<Measurement> ms = new ArrayList<>(atTarget("2026-01"));
        ms.set(0, Fixtures.measurement("availability", "2026-01", "99.5"));
        ms.addAll(atTarget("2026-02"));
        ms.set(3, Fixtures.measurement("availability", "2026-02", "97.5"));
        BreachEvent e1 = BreachEvent.builder().id("e1").penaltyId("late").date(java.time.LocalDate.parse("2026-01-10")).build();
        IncentiveStatement s = run(a, IncentiveFixtures.months("2026-01", "2026-02"), ms, List.of(e1), java.util.Map.of());
        // January: 99.5 → 2 % × 100,000 = 2,000, rolling cap 1.2 % × 100,000 (the only fee of the last twelve months) = 1,200;
        // penalty 2,000: gross -3,200, floor 2.5 % × 100,000 = 2,500 → net -2,500. Without the credit the net would have
        // been -2,000, so the supplier bore 500 of the 1,200
        assertEquals(sek("-1200.00"), s.periods().get(0).outcome("t").orElseThrow().amount());
        assertEquals(sek("-2500.00"), s.periods().get(0).net());
        // February: 97.5 → 3 % = 3,000; cap 1.2 % × 200,000 = 2,400, less the 500 borne = 1,900
        assertEquals(sek("-1900.00"), s.periods().get(1).net());
        ComponentOutcome february = s.periods().get(1).outcome("t").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.ROLLING_TWELVE_MONTHS, sek("3000.00"), sek("1900.00"))), february.capsApplied());
        assertTrue(february.explanation().toString().contains("rule: rolling twelve-month cap 1.2 % of 200000.00 SEK = 2400.00 SEK, less 500.00 SEK already borne by the "
                + "supplier (1200.00 SEK credited, the rest waived by the net floor or cap), leaves 1900.00 SEK"));
    }

    @Test
    void aCreditExactlyFillingTheRollingRoomIsNotCapped() {
        ServiceCreditTiers t = availability().band(new BigDecimal("99.8"), new BigDecimal("2")).rollingCapPercent(new BigDecimal("2")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(t).build(), sek("100000.00"));
        List<Measurement> ms = new ArrayList<>(atTarget("2026-01"));
        ms.set(0, Fixtures.measurement("availability", "2026-01", "99.5"));
        // 2 % of 100,000 = 2,000 = the rolling room 2 % × 100,000
        ComponentOutcome o = run(a, List.of(JAN), ms).periods().get(0).outcome("t").orElseThrow();
        assertEquals(sek("-2000.00"), o.amount());
        assertEquals(List.of(), o.capsApplied());
    }

    // ------------------------------------------------------------------ exposure

    @Test
    void exposureIsTheWorstBandWithinThePeriodCap() {
        // worst band 3 % of 100,000 = 3,000; a period cap of 2.5 % limits it to 2,500; never an upside
        assertEquals(Exposure.of(sek("0"), sek("3000.00")), response().build().exposure(sek("100000.00")));
        assertEquals(Exposure.of(sek("0"), sek("2500.00")),
                response().periodCapPercent(new BigDecimal("2.5")).build().exposure(sek("100000.00")));
        assertEquals(Exposure.of(sek("0"), sek("3000.00")),
                response().periodCapPercent(new BigDecimal("4")).build().exposure(sek("100000.00")));
        assertEquals("service-credit-tiers", response().build().type());
    }
}
