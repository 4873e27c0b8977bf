package dev.partnering.incentive;

import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.evaluation.IncentiveCalculator;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.agreement;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class PenaltyTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static BreachEvent event(String id, String penaltyId, String date, String units) {
        return BreachEvent.builder().id(id).penaltyId(penaltyId).date(LocalDate.parse(date)).units(new BigDecimal(units)).build();
    }

    private static ComponentOutcome evaluate(Penalty p, Optional<Money> fee, BreachEvent... events) {
        IncentivePeriod inputs = IncentivePeriod.builder().period(JAN).addEvents(events).build();
        return p.evaluate(new PeriodContext(Fixtures.agreement(), inputs, fee, List.of()));
    }

    // ------------------------------------------------------------------ validation

    @Test
    void rateMustNotBeNegative() {
        assertEquals(sek("0"), Penalty.builder().id("late").rate(sek("0")).build().rate());
        assertOnly(() -> Penalty.builder().id("late").rate(sek("-1")).build(), "rate", "-1 SEK",
                "penalty 'late': rate -1 SEK must not be negative");
        assertOnly(() -> Penalty.builder().id("late!").rate(sek("1")).build(), "id", "late!",
                "component id 'late!' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }

    @Test
    void aMissingIdOrRateHidesNoOtherViolation() {
        // no id beside a rate of 5000.5 JPY per event (one decimal, JPY has none) or a negative rate: each named at
        // once, the rule reading "penalty" for want of an id (before: the id alone was named)
        ValidationException noId = Rejections.assertViolations(() -> Penalty.builder().rate(Money.of("5000.5", "JPY")).build(),
                Violation.of("id", null, "id is required: null is not allowed"),
                Violation.of("rate", "5000.5 JPY", "penalty: amount per event 5000.5 JPY has more decimals than JPY allows (0):"
                        + " an amount that is paid or bounds a payment is stated in minor units"));
        assertEquals("Penalty", noId.subject());
        Rejections.assertViolations(() -> Penalty.builder().rate(sek("-1")).build(),
                Violation.of("id", null, "id is required: null is not allowed"),
                Violation.of("rate", "-1 SEK", "penalty: rate -1 SEK must not be negative"));
        // no rate, or one beyond the bounds (named for them alone, not also for its sign): the malformed id is named too
        Rejections.assertViolations(() -> Penalty.builder().id("late!").build(),
                Violation.of("rate", null, "rate is required: null is not allowed"),
                Violation.of("id", "late!", "component id 'late!' must be 1 to 64 letters, digits, '-', '_' or '.', starting"
                        + " with a letter or digit"));
        Rejections.assertViolations(() -> Penalty.builder().id("").rate(sek("-1e20")).build(),
                Violation.of("rate", new BigDecimal("-1e20"), "rate -100000000000000000000 " + dev.partnering.internal.Limits.RULE),
                Violation.of("id", "", "component id '' must be 1 to 64 letters, digits, '-', '_' or '.', starting"
                        + " with a letter or digit"));
    }

    @Test
    void breachEventsAreValidated() {
        BreachEvent none = BreachEvent.builder().id("e1").penaltyId("late").date(LocalDate.parse("2026-01-05"))
                .units(BigDecimal.ZERO).build();
        assertEquals(0, BigDecimal.ZERO.compareTo(none.units()));
        assertEquals(0, BigDecimal.ONE.compareTo(BreachEvent.builder().id("e1").penaltyId("late")
                .date(LocalDate.parse("2026-01-05")).build().units()));
        assertOnly(() -> event("e1", "late", "2026-01-05", "-1"), "units", "-1", "breach event 'e1': units -1 must not be negative");
        assertOnly(() -> event("e 1", "late", "2026-01-05", "1"), "id", "e 1",
                "breach event id 'e 1' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
        assertOnly(() -> event("e1", "", "2026-01-05", "1"), "penaltyId", "",
                "penalty id '' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }

    @Test
    void ratesAndFixedCapsMustBeInTheAgreementsCurrency() {
        Penalty p = Penalty.builder().id("late").rate(Money.of("1", "EUR")).periodCap(Bound.of(Money.of("5", "EUR")))
                .yearCap(Bound.percentOfFee(BigDecimal.ONE)).build();
        assertEquals(List.of(
                Violation.of("rate", "1 EUR", "penalty 'late': rate 1 EUR is not in the agreement's currency SEK"),
                Violation.of("cap", "5 EUR", "penalty 'late': cap 5 EUR is not in the agreement's currency SEK")),
                p.violationsAgainst(Fixtures.agreement()));
        Penalty q = Penalty.builder().id("late").rate(sek("1")).yearCap(Bound.of(Money.of("7", "EUR"))).build();
        assertEquals(List.of(Violation.of("cap", "7 EUR", "penalty 'late': cap 7 EUR is not in the agreement's currency SEK")),
                q.violationsAgainst(Fixtures.agreement()));
        assertEquals(List.of(), Penalty.builder().id("late").rate(sek("1")).periodCap(Bound.of(sek("5"))).build()
                .violationsAgainst(Fixtures.agreement()));
    }

    // ------------------------------------------------------------------ evaluation

    @Test
    void eventsAreChargedInIdOrderAndOtherPenaltiesEventsIgnored() {
        Penalty p = Penalty.builder().id("late").rate(sek("5000")).build();
        ComponentOutcome o = evaluate(p, Optional.empty(), event("e2", "late", "2026-01-20", "1"),
                event("x1", "security", "2026-01-21", "1"), event("e1", "late", "2026-01-10", "1"));
        // two events of 'late' × 5,000 = 10,000
        assertEquals(sek("-10000.00"), o.amount());
        assertEquals(String.join("\n",
                "penalty 'late': -10000.00 SEK",
                "  event 'e1' on 2026-01-10 = 5000.00 SEK",
                "  event 'e2' on 2026-01-20 = 5000.00 SEK",
                "  = 2 event(s): penalty 10000.00 SEK"), o.explanation().toString());
        assertEquals("penalty", p.type());
    }

    @Test
    void perUnitChargesExplainTheUnits() {
        Penalty p = Penalty.builder().id("late").basis(Penalty.Basis.PER_UNIT).rate(sek("1000")).build();
        // 2.5 days × 1,000 = 2,500
        ComponentOutcome o = evaluate(p, Optional.empty(), event("e1", "late", "2026-01-10", "2.5"));
        assertEquals(sek("-2500.00"), o.amount());
        assertEquals(String.join("\n",
                "penalty 'late': -2500.00 SEK",
                "  event 'e1' on 2026-01-10: 2.5 × 1000.00 SEK = 2500.00 SEK",
                "  = 1 event(s): penalty 2500.00 SEK"), o.explanation().toString());
    }

    @Test
    void withoutCountedEventsThePeriodCapNeedsNoFee() {
        Penalty p = Penalty.builder().id("late").rate(sek("1000")).periodCapPercent(new BigDecimal("5")).build();
        BreachEvent storm = BreachEvent.builder().id("e1").penaltyId("late").date(LocalDate.parse("2026-01-10"))
                .exclusionReason("force majeure").build();
        ComponentOutcome o = evaluate(p, Optional.empty(), storm);
        assertEquals(sek("0"), o.amount());
        assertEquals(List.of(), o.capsApplied());
        // with a counted event the fee is needed for the cap
        Rejections.assertOnly(() -> evaluate(p, Optional.empty(), event("e2", "late", "2026-01-10", "1")), "fee", null,
                "component 'late' needs the fee of 2026-01, but the fee schedule has none and the period gives none");
    }

    @Test
    void aPenaltyExactlyAtThePeriodCapIsNotReportedAsCapped() {
        Penalty p = Penalty.builder().id("late").rate(sek("5000")).periodCap(Bound.of(sek("5000"))).build();
        ComponentOutcome o = evaluate(p, Optional.of(sek("100000.00")), event("e1", "late", "2026-01-10", "1"));
        assertEquals(sek("-5000.00"), o.amount());
        assertEquals(List.of(), o.capsApplied());
        ComponentOutcome two = evaluate(p, Optional.of(sek("100000.00")), event("e1", "late", "2026-01-10", "1"),
                event("e2", "late", "2026-01-11", "1"));
        assertEquals(sek("-5000.00"), two.amount());
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.PERIOD, sek("10000.00"), sek("5000.00"))), two.capsApplied());
        assertTrue(two.explanation().toString().contains("rule: period cap 5000 SEK = 5000.00 SEK applied to 10000.00 SEK"));
    }

    @Test
    void theYearCapStartsAfreshEachContractYear() {
        Penalty p = Penalty.builder().id("late").rate(sek("8000")).yearCapPercent(new BigDecimal("1")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).build(), sek("100000.00"));
        List<ReportingPeriod> periods = months("2026-11", "2026-12", "2027-01");
        List<Measurement> ms = new ArrayList<>();
        periods.forEach(m -> ms.addAll(atTarget(m.toString())));
        List<BreachEvent> events = List.of(event("e1", "late", "2026-11-01", "1"), event("e2", "late", "2026-12-31", "1"),
                event("e3", "late", "2027-01-01", "1"));
        IncentiveStatement s = run(a, periods, ms, events, Map.of());
        // contract year 2026-01-01 to 2026-12-31: annual fee 12 × 100,000 = 1,200,000, cap 1 % = 12,000
        // November 8,000; December 8,000 → 12,000 − 8,000 = 4,000 left
        // January 2027 opens a new contract year (fee 1,200,000 again): the full 8,000
        assertEquals(sek("-8000.00"), s.periods().get(0).net());
        assertEquals(sek("-4000.00"), s.periods().get(1).net());
        assertEquals(sek("-8000.00"), s.periods().get(2).net());
        ComponentOutcome december = s.periods().get(1).outcome("late").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.CONTRACT_YEAR, sek("8000.00"), sek("4000.00"))), december.capsApplied());
        assertTrue(december.explanation().toString().contains("rule: contract-year cap 1 % of the fee (year 2026-01-01 to 2026-12-31, annual fee 1200000.00 SEK) = "
                + "12000.00 SEK, less 8000.00 SEK already charged, leaves 4000.00 SEK"));
    }

    @Test
    void aFixedYearCapNeedsNoFees() {
        Penalty p = Penalty.builder().id("late").rate(sek("8000")).yearCap(Bound.of(sek("10000"))).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).build(), sek("100000.00"));
        List<ReportingPeriod> periods = months("2026-01", "2026-02");
        List<Measurement> ms = new ArrayList<>(atTarget("2026-01"));
        ms.addAll(atTarget("2026-02"));
        IncentiveStatement s = run(a, periods, ms, List.of(event("e1", "late", "2026-01-05", "1"),
                event("e2", "late", "2026-02-05", "1")), Map.of());
        // 8,000, then 10,000 − 8,000 = 2,000
        assertEquals(sek("-8000.00"), s.periods().get(0).net());
        assertEquals(sek("-2000.00"), s.periods().get(1).net());
    }

    @Test
    void theYearCapCountsOnlyWhatTheFloorLetTheSupplierPay() {
        Penalty p = Penalty.builder().id("late").rate(sek("25000")).yearCapPercent(new BigDecimal("5")).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).floor(Bound.percentOfFee(new BigDecimal("30"))).build(),
                sek("100000.00"));
        List<ReportingPeriod> periods = months("2026-01", "2026-02");
        List<Measurement> ms = new ArrayList<>(atTarget("2026-01"));
        ms.addAll(atTarget("2026-02"));
        List<BreachEvent> february = List.of(event("e3", "late", "2026-02-03", "1"), event("e4", "late", "2026-02-04", "1"));
        List<BreachEvent> twoInJanuary = new ArrayList<>(List.of(event("e1", "late", "2026-01-05", "1"),
                event("e2", "late", "2026-01-06", "1")));
        twoInJanuary.addAll(february);
        IncentiveStatement s = run(a, periods, ms, twoInJanuary, Map.of());
        // year cap 5 % × 12 × 100,000 = 60,000; floor 30 % × 100,000 = 30,000
        // January 2 × 25,000 = 50,000, the floor holds the net at -30,000: the supplier bore 30,000, 20,000 was waived
        // February 2 × 25,000 = 50,000; room 60,000 - 30,000 borne = 30,000 → -30,000; total -60,000 = the year cap
        assertEquals(sek("-30000.00"), s.periods().get(0).net());
        assertEquals(sek("-30000.00"), s.periods().get(1).outcome("late").orElseThrow().amount());
        assertEquals(sek("-60000.00"), s.totalNet());
        ComponentOutcome capped = s.periods().get(1).outcome("late").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.CONTRACT_YEAR, sek("50000.00"), sek("30000.00"))), capped.capsApplied());
        assertTrue(capped.explanation().toString().contains("rule: contract-year cap 5 % of the fee (year 2026-01-01 to 2026-12-31, annual fee 1200000.00 SEK) = "
                + "60000.00 SEK, less 30000.00 SEK already borne by the supplier (50000.00 SEK charged, the rest waived by the net "
                + "floor or cap), leaves 30000.00 SEK"));
        // one breach fewer in January: -25,000 (within the floor), February room 60,000 - 25,000 = 35,000, floored at
        // -30,000: total -55,000, not less than with the extra breach (counting the waived 20,000 gave -40,000 there)
        List<BreachEvent> oneInJanuary = new ArrayList<>(List.of(event("e1", "late", "2026-01-05", "1")));
        oneInJanuary.addAll(february);
        IncentiveStatement better = run(a, periods, ms, oneInJanuary, Map.of());
        assertEquals(sek("-55000.00"), better.totalNet());
    }

    /** The fixture agreement with the given fee schedule and a scheme of the penalty alone. */
    private static Agreement withFees(Penalty p, FeeSchedule fees) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties()).addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance()).addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(fees)
                .incentiveScheme(IncentiveScheme.builder().addComponents(p).build()).build();
    }

    private static IncentivePeriod month(String month, Optional<Money> fee, BreachEvent... events) {
        IncentivePeriod.Builder b = IncentivePeriod.builder().period(ReportingPeriod.parse(month)).addEvents(events);
        fee.ifPresent(b::fee);
        return b.build();
    }

    /** The months of 2026 from {@code from} to December with the given fee, two breaches of 'late' in the first. */
    private static IncentiveStatement twoBreachesThenQuiet(Agreement a, int from, String fee) {
        List<IncentivePeriod> periods = new ArrayList<>();
        for (int m = from; m <= 12; m++) {
            String month = String.format("2026-%02d", m);
            periods.add(m == from ? month(month, Optional.of(sek(fee)), event("e1", "late", month + "-05", "1"),
                    event("e2", "late", month + "-06", "1")) : month(month, Optional.of(sek(fee))));
        }
        return IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(), periods);
    }

    @Test
    void aPercentYearCapUsesTheFeesGivenWithThePeriods() {
        Penalty p = Penalty.builder().id("late").rate(sek("8000")).yearCapPercent(new BigDecimal("1")).build();
        IncentiveStatement s = twoBreachesThenQuiet(withFees(p, FeeSchedule.empty()), 1, "100000.00");
        // no fee schedule: the annual fee is the fees given with the twelve months, 12 × 100,000 = 1,200,000;
        // cap 1 % = 12,000; January 2 × 8,000 = 16,000 → 12,000 (the cap used to become 0 and wipe out the penalty)
        assertEquals(sek("-12000.00"), s.periods().get(0).net());
        ComponentOutcome january = s.periods().get(0).outcome("late").orElseThrow();
        assertEquals(List.of(new AppliedCap(AppliedCap.Kind.CONTRACT_YEAR, sek("16000.00"), sek("12000.00"))), january.capsApplied());
        assertTrue(january.explanation().toString().contains("rule: contract-year cap 1 % of the fee (year 2026-01-01 to 2026-12-31, annual fee 1200000.00 SEK) = "
                + "12000.00 SEK, less 0 SEK already charged, leaves 12000.00 SEK"));
    }

    @Test
    void aPercentYearCapCombinesTheScheduleWithTheFeesGivenWithThePeriods() {
        Penalty p = Penalty.builder().id("late").rate(sek("8000")).yearCapPercent(new BigDecimal("1")).build();
        // the schedule covers January to June with 100,000; July to December come with the periods at 150,000
        Agreement a = withFees(p, FeeSchedule.monthly(sek("100000.00"), YearMonth.of(2026, 1), YearMonth.of(2026, 6)));
        IncentiveStatement s = twoBreachesThenQuiet(a, 7, "150000.00");
        // annual fee 6 × 100,000 + 6 × 150,000 = 1,500,000; cap 1 % = 15,000; July 2 × 8,000 = 16,000 → 15,000
        assertEquals(sek("-15000.00"), s.periods().get(0).net());
    }

    @Test
    void aPercentYearCapWithoutTheAnnualFeeIsRefused() {
        Penalty p = Penalty.builder().id("late").rate(sek("8000")).yearCapPercent(new BigDecimal("1")).build();
        Agreement none = withFees(p, FeeSchedule.empty());
        List<IncentivePeriod> january = List.of(month("2026-01", Optional.of(sek("100000.00")),
                event("e1", "late", "2026-01-05", "1")));
        assertOnly(() -> IncentiveCalculator.standard().calculate(none, none.incentiveScheme().orElseThrow(), january), "yearCap",
                "1 % of the fee", "penalty 'late': the contract-year cap is 1 % of the annual fee of the contract year 2026-01-01 to "
                        + "2026-12-31, but the fees of 2026-02 … 2026-12 (11 periods) are neither in the fee schedule nor given with "
                        + "their periods, so the annual fee cannot be determined");
        // a schedule that covers only part of the contract year
        Agreement partly = withFees(p, FeeSchedule.monthly(sek("100000.00"), YearMonth.of(2026, 1), YearMonth.of(2026, 10)));
        List<IncentivePeriod> march = List.of(month("2026-03", Optional.empty(), event("e1", "late", "2026-03-05", "1")));
        assertOnly(() -> IncentiveCalculator.standard().calculate(partly, partly.incentiveScheme().orElseThrow(), march), "yearCap",
                "1 % of the fee", "penalty 'late': the contract-year cap is 1 % of the annual fee of the contract year 2026-01-01 to "
                        + "2026-12-31, but the fees of 2026-11, 2026-12 are neither in the fee schedule nor given with their periods, "
                        + "so the annual fee cannot be determined");
        // without a counted event the cap is not needed, and nothing is refused
        List<IncentivePeriod> quiet = List.of(month("2026-01", Optional.of(sek("100000.00"))));
        assertEquals(sek("0.00"), IncentiveCalculator.standard().calculate(none, none.incentiveScheme().orElseThrow(), quiet)
                .totalNet());
    }

    // ------------------------------------------------------------------ exposure

    @Test
    void exposureIsThePeriodCap() {
        Money fee = sek("100000.00");
        assertEquals(Exposure.of(sek("0"), sek("10000.00")),
                Penalty.builder().id("late").rate(sek("1")).periodCapPercent(new BigDecimal("10")).build().exposure(fee));
        assertEquals(Exposure.of(sek("0"), sek("2500.00")),
                Penalty.builder().id("late").rate(sek("1")).periodCap(Bound.of(sek("2500"))).build().exposure(fee));
        // no period cap: the downside of a period is unbounded
        assertEquals(new Exposure(Optional.of(sek("0")), Optional.empty()),
                Penalty.builder().id("late").rate(sek("1")).yearCapPercent(new BigDecimal("10")).build().exposure(fee));
        // over a year of 12 months the year cap bounds it: 10 % × 12 × 100,000 = 120,000
        assertEquals(Exposure.of(sek("0"), sek("120000.00")),
                Penalty.builder().id("late").rate(sek("1")).yearCapPercent(new BigDecimal("10")).build().exposurePerYear(fee, 12));
        // 4 quarters of 100,000: 10 % × 400,000 = 40,000; a period cap of 15,000 a quarter would allow 60,000
        assertEquals(Exposure.of(sek("0"), sek("40000.00")), Penalty.builder().id("late").rate(sek("1"))
                .periodCap(Bound.of(sek("15000"))).yearCapPercent(new BigDecimal("10")).build().exposurePerYear(fee, 4));
    }
}
