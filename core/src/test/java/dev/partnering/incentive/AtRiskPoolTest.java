package dev.partnering.incentive;

import dev.partnering.incentive.internal.PeriodContext;
import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.IncentiveFixtures.atTarget;
import static dev.partnering.incentive.IncentiveFixtures.belowMinimum;
import static dev.partnering.incentive.IncentiveFixtures.months;
import static dev.partnering.incentive.IncentiveFixtures.run;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;

class AtRiskPoolTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    private static AtRiskPool.Builder pool() {
        return AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("12"));
    }

    static Agreement agreement(IncentiveScheme scheme, MissingDataPolicy policy) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK)
                .feeSchedule(FeeSchedule.monthly(sek("250000.00"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .missingDataPolicy(policy).incentiveScheme(scheme).build();
    }

    /** Evaluates the pool alone on one month of measurements, with a fee of 250,000.00. */
    private static ComponentOutcome evaluate(AtRiskPool pool, MissingDataPolicy policy, List<Measurement> ms) {
        return evaluate(pool, policy, ms, JAN);
    }

    /** Evaluates the pool alone on one month of measurements, with a fee of 250,000.00. */
    private static ComponentOutcome evaluate(AtRiskPool pool, MissingDataPolicy policy, List<Measurement> ms,
            ReportingPeriod month) {
        Agreement a = agreement(IncentiveFixtures.noIncentives(), policy);
        IncentivePeriod inputs = IncentivePeriod.builder().period(month)
                .scorecard(ScorecardCalculator.standard().calculate(a, month, ms)).build();
        return pool.evaluate(new PeriodContext(a, inputs, Optional.of(sek("250000.00")), List.of()));
    }

    private static List<Measurement> with(List<Measurement> base, Measurement replacement) {
        List<Measurement> ms = new ArrayList<>();
        base.stream().filter(m -> !m.kpiId().equals(replacement.kpiId())).forEach(ms::add);
        ms.add(replacement);
        return ms;
    }

    private static List<Measurement> without(List<Measurement> base, String kpiId) {
        return base.stream().filter(m -> !m.kpiId().equals(kpiId)).toList();
    }

    // ------------------------------------------------------------------ validation

    @Test
    void atRiskPercentIsAboveZeroAndAtMostHundred() {
        assertEquals(0, new BigDecimal("100").compareTo(AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("100"))
                .allocate("availability", new BigDecimal("10")).build().atRiskPercent()));
        assertOnly(() -> AtRiskPool.builder().id("pool").atRiskPercent(BigDecimal.ZERO).allocate("availability", new BigDecimal("10")).build(),
                "atRiskPercent", "0", "at-risk pool 'pool': at-risk percentage 0 must be greater than 0 and at most 100");
        assertOnly(() -> AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("100.5")).allocate("availability", new BigDecimal("10"))
                .build(), "atRiskPercent", "100.5",
                "at-risk pool 'pool': at-risk percentage 100.5 must be greater than 0 and at most 100");
    }

    @Test
    void needsAnAllocationAndEachIsPositive() {
        assertOnly(() -> pool().build(), "allocations", "{}", "at-risk pool 'pool' needs at least one allocation");
        assertOnly(() -> pool().allocate("availability", new BigDecimal("0")).build(), "allocations.availability", "0",
                "at-risk pool 'pool': allocation 0 % to 'availability' must be greater than 0");
        assertOnly(() -> pool().allocate("availability", new BigDecimal("10")).allocate("ticket-sla", new BigDecimal("-5")).build(),
                "allocations.ticket-sla", "-5", "at-risk pool 'pool': allocation -5 % to 'ticket-sla' must be greater than 0");
    }

    @Test
    void earnBackNeedsAtLeastOnePeriod() {
        assertEquals(Optional.of(1), pool().allocate("availability", new BigDecimal("10")).earnBackPeriods(1).build().earnBackPeriods());
        assertOnly(() -> pool().allocate("availability", new BigDecimal("10")).earnBackPeriods(0).build(), "earnBackPeriods", "0",
                "at-risk pool 'pool': earn-back after 0 periods must be at least 1");
    }

    @Test
    void aMissingOrUnboundedAttributeHidesNoOtherViolation() {
        // no id beside a percentage of 101, a malformed KPI id, a negative allocation and an earn-back of 0 periods:
        // each named at once, the rules reading "at-risk pool" for want of an id (before: the id alone was named)
        ValidationException noId = Rejections.assertViolations(() -> AtRiskPool.builder().atRiskPercent(new BigDecimal("101"))
                        .allocate("", new BigDecimal("50")).allocate("availability", new BigDecimal("-5")).earnBackPeriods(0).build(),
                Violation.of("id", null, "id is required: null is not allowed"),
                Violation.of("atRiskPercent", "101", "at-risk pool: at-risk percentage 101 must be greater than 0 and at most 100"),
                Violation.of("allocations.", "", "kpi id '' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a"
                        + " letter or digit"),
                Violation.of("allocations.availability", "-5", "at-risk pool: allocation -5 % to 'availability' must be greater"
                        + " than 0"),
                Violation.of("earnBackPeriods", "0", "at-risk pool: earn-back after 0 periods must be at least 1"));
        assertEquals("AtRiskPool", noId.subject());
        // an allocation of 1e-30 % is beyond the bounds: named for them alone, not also for its sign; the other
        // allocation of -5 %, the missing percentage and the malformed pool id are named beside it
        Rejections.assertViolations(() -> AtRiskPool.builder().id("").allocate("availability", new BigDecimal("1e-30"))
                        .allocate("ticket-sla", new BigDecimal("-5")).build(),
                Violation.of("atRiskPercent", null, "atRiskPercent is required: null is not allowed"),
                Violation.of("allocations[availability]", new BigDecimal("1e-30"), "allocations[availability]"
                        + " 0.000000000000000000000000000001 " + dev.partnering.internal.Limits.RULE),
                Violation.of("id", "", "component id '' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a"
                        + " letter or digit"),
                Violation.of("allocations.ticket-sla", "-5", "at-risk pool '': allocation -5 % to 'ticket-sla' must be greater"
                        + " than 0"));
        // a null KPI id is named as missing, not also as malformed
        Rejections.assertViolations(() -> pool().allocate(null, new BigDecimal("10")).allocate("availability", BigDecimal.ZERO)
                        .build(),
                Violation.of("allocations key", null, "allocations key is required: null is not allowed"),
                Violation.of("allocations.availability", "0", "at-risk pool 'pool': allocation 0 % to 'availability' must be"
                        + " greater than 0"));
    }

    @Test
    void idMustBeValid() {
        assertOnly(() -> AtRiskPool.builder().id("").atRiskPercent(BigDecimal.ONE).allocate("availability", new BigDecimal("10")).build(),
                "id", "", "component id '' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit");
    }

    @Test
    void allocationsMustNameKpisOfTheAgreement() {
        AtRiskPool p = pool().allocate("nps", new BigDecimal("10")).allocate("availability", new BigDecimal("10")).build();
        assertEquals(List.of(Violation.of("allocations.nps", "nps",
                "at-risk pool 'pool' allocates to kpi 'nps', which the agreement does not define")),
                p.violationsAgainst(Fixtures.agreement()));
    }

    // ------------------------------------------------------------------ triggers

    @Test
    void attainmentExactlyOneIsNoCredit() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("60")).build();
        // availability 99.5 = target → attainment 1: no credit
        ComponentOutcome o = evaluate(p, MissingDataPolicy.ZERO, atTarget("2026-01"));
        assertEquals(sek("0"), o.amount());
        assertEquals(List.of(), o.lines());
        assertEquals(String.join("\n",
                "at-risk pool 'pool': 0.00 SEK",
                "  pool P = fee 250000.00 SEK × 12 % = 30000.00 SEK",
                "  rule: availability MET: no credit",
                "  = credits 0.00 SEK: adjustment 0.00 SEK"), o.explanation().toString());
    }

    @Test
    void belowTargetCreditExplainsItself() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("60")).allocate("ticket-sla", new BigDecimal("40")).build();
        // availability 99.4: (99.4 − 99) / (99.5 − 99) = 0.8 → credit 30,000 × 60 % = 18,000; ticket-sla at target
        ComponentOutcome o = evaluate(p, MissingDataPolicy.ZERO,
                with(atTarget("2026-01"), Fixtures.measurement("availability", "2026-01", "99.4")));
        assertEquals(sek("-18000.00"), o.amount());
        assertEquals(List.of(new OutcomeLine("credit:availability", "service credit for availability", sek("-18000.00"))),
                o.lines());
        assertEquals(String.join("\n",
                "at-risk pool 'pool': -18000.00 SEK",
                "  pool P = fee 250000.00 SEK × 12 % = 30000.00 SEK",
                "  rule: availability BELOW_TARGET (attainment 0.8): credit P × 60 % = 18000.00 SEK",
                "  rule: ticket-sla MET: no credit",
                "  = credits 18000.00 SEK: adjustment -18000.00 SEK"), o.explanation().toString());
    }

    @Test
    void creditsExactlyFillingThePoolAreNotCapped() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("60")).allocate("ticket-sla", new BigDecimal("40")).build();
        // 60 % + 40 % = 100 % of 30,000: exactly the pool, no cap
        ComponentOutcome o = evaluate(p, MissingDataPolicy.ZERO, belowMinimum("2026-01"));
        assertEquals(sek("-30000.00"), o.amount());
        assertEquals(List.of(), o.capsApplied());
    }

    @Test
    void belowMinimumTriggerIgnoresAMissBetweenMinimumAndTarget() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("50")).allocate("incident-response", new BigDecimal("50"))
                .trigger(CreditTrigger.BELOW_MINIMUM).build();
        // availability 99.2: BELOW_TARGET, no credit; incident response 9 h > minimum 8 h: BELOW_MINIMUM → 15,000
        List<Measurement> ms = with(with(atTarget("2026-01"), Fixtures.measurement("availability", "2026-01", "99.2")),
                Fixtures.measurement("incident-response", "2026-01", "9"));
        ComponentOutcome o = evaluate(p, MissingDataPolicy.ZERO, ms);
        assertEquals(sek("-15000.00"), o.amount());
        assertEquals(List.of("credit:incident-response"), o.lines().stream().map(OutcomeLine::key).toList());
    }

    @Test
    void belowMinimumTriggerCountsAMissingKpiOnlyAtAttainmentZero() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("50")).trigger(CreditTrigger.BELOW_MINIMUM).build();
        List<Measurement> none = without(atTarget("2026-01"), "availability");
        // ZERO: the missing KPI counts with attainment 0 → credit 30,000 × 50 % = 15,000
        assertEquals(sek("-15000.00"), evaluate(p, MissingDataPolicy.ZERO, none).amount());
        // EXCLUDE: left out, neither earns nor costs
        ComponentOutcome excluded = evaluate(p, MissingDataPolicy.EXCLUDE, none);
        assertEquals(sek("0"), excluded.amount());
        assertTrue(excluded.explanation().toString().contains("rule: availability MISSING: no credit"));
        // LAST_KNOWN in February with January's 99.5 (attainment 1): MISSING but attainment 1 → no credit
        ReportingPeriod feb = ReportingPeriod.parse("2026-02");
        List<Measurement> january = new ArrayList<>(without(atTarget("2026-02"), "availability"));
        january.add(Fixtures.measurement("availability", "2026-01", "99.5"));
        assertEquals(sek("0"), evaluate(p, MissingDataPolicy.LAST_KNOWN, january, feb).amount());
        // LAST_KNOWN with January's 98 (attainment 0): counts like a miss below the minimum
        january.set(january.size() - 1, Fixtures.measurement("availability", "2026-01", "98"));
        assertEquals(sek("-15000.00"), evaluate(p, MissingDataPolicy.LAST_KNOWN, january, feb).amount());
        // December 2025 has no version of availability in force (the KPI starts 2026-01-01): its own line is
        // NOT_DETERMINED, so LAST_KNOWN skips its 99.5 and January counts as ZERO → credit 15,000
        List<Measurement> december = new ArrayList<>(none);
        december.add(Fixtures.measurement("availability", "2025-12", "99.5"));
        assertEquals(sek("-15000.00"), evaluate(p, MissingDataPolicy.LAST_KNOWN, december).amount());
    }

    @Test
    void belowTargetTriggerSkipsKpisLeftOutOfTheWeighting() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("50")).build();
        List<Measurement> none = without(atTarget("2026-01"), "availability");
        assertEquals(sek("0"), evaluate(p, MissingDataPolicy.EXCLUDE, none).amount());
        assertEquals(sek("-15000.00"), evaluate(p, MissingDataPolicy.ZERO, none).amount());
    }

    @Test
    void aKpiMissingFromTheScorecardGivesNoCredit() {
        // a scorecard of another agreement without the KPI: the pool says so and gives nothing
        AtRiskPool p = pool().allocate("nps", new BigDecimal("50")).build();
        ComponentOutcome o = evaluate(p, MissingDataPolicy.ZERO, atTarget("2026-01"));
        assertEquals(sek("0"), o.amount());
        assertTrue(o.explanation().toString().contains("rule: nps not on the scorecard: no credit"), o.explanation().toString());
    }

    @Test
    void feeAndScorecardAreRequired() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("50")).build();
        IncentivePeriod bare = IncentivePeriod.builder().period(JAN).build();
        assertOnly(() -> p.evaluate(new PeriodContext(Fixtures.agreement(), bare, Optional.empty(), List.of())), "fee", null,
                "component 'pool' needs the fee of 2026-01, but the fee schedule has none and the period gives none");
        assertOnly(() -> p.evaluate(new PeriodContext(Fixtures.agreement(), bare, Optional.of(sek("1")), List.of())),
                "scorecard", null, "component 'pool' needs the scorecard of 2026-01, but the period has none");
    }

    // ------------------------------------------------------------------ earn-back

    private static IncentiveStatement earnBack(int n, List<Measurement> ms, String... months) {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("60")).earnBackPeriods(n).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).build(), MissingDataPolicy.ZERO);
        return run(a, months(months), ms);
    }

    /**
     * A credit shared down to zero, then earned back: nothing comes back, and nothing fails. Found by
     * the testkit's monotonicity property in CI: earn-back shared what the supplier bore in proportion
     * to the earned credits, and when they were all zero the allocation refused its ratios.
     */
    @Test
    void aCreditSharedDownToZeroIsEarnedBackAsZero() {
        AtRiskPool p = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("20")).allocate("availability", new BigDecimal("100"))
                .allocate("incident-response", new BigDecimal("10")).allocate("ticket-sla", new BigDecimal("100")).earnBackPeriods(1).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).build(), MissingDataPolicy.ZERO);
        // February: incident response back at target, the other two still below their minimum
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(with(belowMinimum("2026-02"), Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-02", "4")));
        List<IncentivePeriod> periods = new ArrayList<>();
        for (ReportingPeriod month : months("2026-01", "2026-02")) {
            periods.add(IncentivePeriod.builder().period(month).fee(sek("0.10"))
                    .scorecard(ScorecardCalculator.standard().calculate(a, month, ms)).build());
        }
        IncentiveStatement s = dev.partnering.evaluation.IncentiveCalculator.standard()
                .calculate(a, a.incentiveScheme().orElseThrow(), periods);
        // January: pool 20 % × 0.10 = 0.02; credits 0.02 × 210 % = 0.042 exceed it, so the pool is shared 100:10:100:
        // exactly 0.00952 + 0.00095 + 0.00952 of 2 minor units: floors 0, 0, 0, the two units to the largest
        // remainders: availability 0.01, incident response 0.00, ticket SLA 0.01
        ComponentOutcome january = s.periods().get(0).outcome("pool").orElseThrow();
        assertEquals(List.of(sek("-0.01"), sek("0.00"), sek("-0.01")), january.lines().stream().map(OutcomeLine::amount).toList());
        // February: incident response earns back its credit of 0.00: no earn-back line; the other two credit again
        ComponentOutcome february = s.periods().get(1).outcome("pool").orElseThrow();
        assertTrue(february.lines().stream().noneMatch(l -> l.key().startsWith("earn-back")), february.lines().toString());
        assertEquals(sek("-0.02"), s.periods().get(1).net());
        assertTrue(february.explanation().toString().contains("incident-response met its target in each of the 1 periods"
                + " after 2026-01: credit 0.00 SEK earned back"), february.explanation().toString());
    }

    @Test
    void aMissInsideTheEarnBackWindowForfeitsTheEarnBack() {
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(belowMinimum("2026-03"));
        ms.addAll(atTarget("2026-04"));
        ms.addAll(atTarget("2026-05"));
        IncentiveStatement s = earnBack(2, ms, "2026-01", "2026-02", "2026-03", "2026-04", "2026-05");
        // Jan credit 18,000; Mar misses again: January's credit is not earned back, a new credit of 18,000
        // Apr, May at target: March's credit comes back in May
        assertEquals(sek("-18000.00"), s.periods().get(0).net());
        assertEquals(sek("0.00"), s.periods().get(1).net());
        assertEquals(sek("-18000.00"), s.periods().get(2).net());
        assertEquals(sek("0.00"), s.periods().get(3).net());
        assertEquals(sek("18000.00"), s.periods().get(4).net());
        ComponentOutcome may = s.periods().get(4).outcome("pool").orElseThrow();
        assertEquals(List.of(new OutcomeLine("earn-back:availability:2026-03", "earn-back of the 2026-03 credit for availability",
                sek("18000.00"))), may.lines());
        assertTrue(may.explanation().toString().contains(
                "rule: availability met its target in each of the 2 periods after 2026-03: credit 18000.00 SEK earned back"),
                may.explanation().toString());
        assertTrue(may.explanation().toString().contains("= credits 0.00 SEK, earned back 18000.00 SEK: adjustment 18000.00 SEK"));
    }

    @Test
    void aMissInTheLastPeriodOfTheWindowForfeitsTheEarnBack() {
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(with(atTarget("2026-03"), Fixtures.measurement("availability", "2026-03", "99.49")));
        IncentiveStatement s = earnBack(2, ms, "2026-01", "2026-02", "2026-03");
        // March just below target: a new credit of 18,000 and nothing earned back
        assertEquals(sek("-18000.00"), s.periods().get(2).net());
        assertEquals(List.of("credit:availability"), s.periods().get(2).outcome("pool").orElseThrow().lines().stream()
                .map(OutcomeLine::key).toList());
    }

    @Test
    void aLastKnownValueInsideTheWindowDoesNotEarnBack() {
        AtRiskPool p = pool().allocate("availability", new BigDecimal("60")).earnBackPeriods(2).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).build(), MissingDataPolicy.LAST_KNOWN);
        List<Measurement> ms = new ArrayList<>(with(atTarget("2026-01"), Fixtures.measurement("availability", "2026-01", "99.4")));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(without(atTarget("2026-03"), "availability"));
        IncentiveStatement s = run(a, months("2026-01", "2026-02", "2026-03"), ms);
        // January 99.4: credit 18,000; February at target; March not measured: LAST_KNOWN scores February's 99.5
        // (attainment 1, so no new credit), but an unmeasured month does not earn the credit back
        assertEquals(sek("-18000.00"), s.periods().get(0).net());
        assertEquals(sek("0.00"), s.periods().get(1).net());
        assertEquals(sek("0.00"), s.periods().get(2).net());
        assertEquals(List.of(), s.periods().get(2).outcome("pool").orElseThrow().lines());
    }

    @Test
    void oneGoodPeriodEarnsBackAfterAnEarnBackOfOne() {
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(atTarget("2026-03"));
        IncentiveStatement s = earnBack(1, ms, "2026-01", "2026-02", "2026-03");
        // Jan −18,000; Feb at target: returned; Mar: February had no credit, nothing more (the earn-back line is skipped)
        assertEquals(sek("-18000.00"), s.periods().get(0).net());
        assertEquals(sek("18000.00"), s.periods().get(1).net());
        assertEquals(sek("0.00"), s.periods().get(2).net());
        assertEquals(sek("0.00"), s.totalNet());
    }

    @Test
    void noEarnBackWhenTheCreditPeriodIsNotPartOfTheCalculation() {
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.addAll(atTarget("2026-02"));
        ms.addAll(atTarget("2026-03"));
        // February and March alone: January's credit is not known here
        IncentiveStatement s = earnBack(2, ms, "2026-02", "2026-03");
        assertEquals(sek("0.00"), s.totalNet());
    }

    /** The audit's scheme: pool 20 % of 250,000 = 50,000, allocations 100/10/100, earn-back after 1 period, floor 10 % of the fee. */
    private static IncentiveStatement flooredEarnBack(List<Measurement> january) {
        AtRiskPool p = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("20")).allocate("availability", new BigDecimal("100"))
                .allocate("incident-response", new BigDecimal("10")).allocate("ticket-sla", new BigDecimal("100")).earnBackPeriods(1).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).floor(Bound.percentOfFee(BigDecimal.TEN)).build(),
                MissingDataPolicy.ZERO);
        List<Measurement> ms = new ArrayList<>(january);
        ms.addAll(atTarget("2026-02"));
        return run(a, months("2026-01", "2026-02"), ms);
    }

    @Test
    void earnBackReturnsOnlyWhatTheFloorLeftTheSupplierToBear() {
        IncentiveStatement s = flooredEarnBack(belowMinimum("2026-01"));
        // January: every KPI below its minimum: 50,000 × (100 + 10 + 100) % = 105,000, capped at the pool 50,000 and
        // shared 100:10:100 = 23,809.53 + 2,380.95 + 23,809.52 (largest remainder, the tie to availability);
        // the floor 10 % × 250,000 = 25,000 holds the net at -25,000: the supplier bore 25,000 of the 50,000
        assertEquals(sek("-50000.00"), s.periods().get(0).gross());
        assertEquals(sek("-25000.00"), s.periods().get(0).net());
        // February, every KPI at target: without January's credits the net would have been 0, so 0 - (-25,000) = 25,000
        // comes back, shared in proportion to the credit lines: exactly 11,904.765 + 1,190.475 + 11,904.76; the one minor
        // unit left after flooring goes to the earlier of the two tied remainders: 11,904.77 + 1,190.47 + 11,904.76 = 25,000.00
        assertEquals(sek("25000.00"), s.periods().get(1).net());
        assertEquals(sek("0.00"), s.totalNet());
        ComponentOutcome feb = s.periods().get(1).outcome("pool").orElseThrow();
        assertEquals(List.of(
                new OutcomeLine("earn-back:availability:2026-01", "earn-back of the 2026-01 credit for availability", sek("11904.77")),
                new OutcomeLine("earn-back:incident-response:2026-01", "earn-back of the 2026-01 credit for incident-response",
                        sek("1190.47")),
                new OutcomeLine("earn-back:ticket-sla:2026-01", "earn-back of the 2026-01 credit for ticket-sla", sek("11904.76"))),
                feb.lines());
        String text = feb.explanation().toString();
        assertTrue(text.contains("rule: the floor or cap held the net of 2026-01 at -25000.00 SEK (gross -50000.00 SEK); without "
                + "50000.00 SEK of credits it would have been 0.00 SEK, so the supplier bore 25000.00 SEK of them"), text);
        assertTrue(text.contains("rule: availability met its target in each of the 1 periods after 2026-01: credit 23809.53 SEK, "
                + "of which 11904.77 SEK borne by the supplier is earned back"), text);
    }

    @Test
    void aDeeperMissUnderAFloorNeverPaysMoreOverTheEarnBackWindow() {
        // the audit's reproduction: a deeper miss used to give -25,000 then +50,000 = +25,000, a slight one only 0
        IncentiveStatement deep = flooredEarnBack(belowMinimum("2026-01"));
        // incident response 4.5 h: attainment (8 - 4.5) / (8 - 4) = 0.875, below target: credit 50,000 × 10 % = 5,000,
        // within the floor; February earns the 5,000 back: -5,000 + 5,000 = 0
        IncentiveStatement slight = flooredEarnBack(with(atTarget("2026-01"),
                Fixtures.measurement("incident-response", "2026-01", "4.5")));
        assertEquals(sek("-5000.00"), slight.periods().get(0).net());
        assertEquals(sek("5000.00"), slight.periods().get(1).net());
        assertEquals(sek("0.00"), slight.totalNet());
        assertFalse(deep.totalNet().isGreaterThan(slight.totalNet()), deep.totalNet() + " > " + slight.totalNet());
    }

    @Test
    void aCreditThatOnlyTookAShareOfACappedPoolIsNotEarnedBack() {
        AtRiskPool p = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("20")).allocate("availability", new BigDecimal("100"))
                .allocate("ticket-sla", new BigDecimal("100")).earnBackPeriods(1).build();
        Agreement a = agreement(IncentiveScheme.builder().addComponents(p).build(), MissingDataPolicy.ZERO);
        List<Measurement> ticketsMissed = List.of(Fixtures.measurement("availability", "2026-01", "99.5"),
                Fixtures.ratioMeasurement("ticket-sla", "2026-01", "80", "100"),
                Fixtures.measurement("availability", "2026-02", "99.5"),
                Fixtures.ratioMeasurement("ticket-sla", "2026-02", "80", "100"));
        // ticket-sla misses in both months: 50,000 × 100 % = 50,000 each month, never earned back: -100,000
        assertEquals(sek("-100000.00"), run(a, months("2026-01", "2026-02"), ticketsMissed).totalNet());
        List<Measurement> bothMissed = new ArrayList<>(ticketsMissed);
        bothMissed.set(0, Fixtures.measurement("availability", "2026-01", "98"));
        IncentiveStatement s = run(a, months("2026-01", "2026-02"), bothMissed);
        // availability also misses in January: 100,000 capped at 50,000, 25,000 each; availability meets its target in
        // February, but without its credit ticket-sla alone would still have taken the whole 50,000: it added nothing,
        // and nothing comes back (it used to return 25,000, so the extra miss paid the supplier more)
        assertEquals(sek("-50000.00"), s.periods().get(0).net());
        assertEquals(sek("-50000.00"), s.periods().get(1).net());
        assertEquals(sek("-100000.00"), s.totalNet());
        String text = s.periods().get(1).outcome("pool").orElseThrow().explanation().toString();
        assertTrue(text.contains("credits of 2026-01 50000.00 SEK, without those of [availability] 50000.00 SEK: they added 0.00 SEK"),
                text);
        assertTrue(text.contains("rule: availability met its target in each of the 1 periods after 2026-01: credit 25000.00 SEK, "
                + "of which 0.00 SEK borne by the supplier is earned back"), text);
    }

    @Test
    void earnBackNeverReturnsMoreThanTheCreditLineWhenRoundingSplitAPoolUnevenly() {
        // found by yearlyAndRollingCapsHoldOverTheSequence: fee 4,998.50, pool 10 % = 499.85, availability and
        // ticket-sla 50 % each = 249.925 + 249.925; the credits 499.85 are split 249.93 (availability, the earlier of
        // the tied remainders) + 249.92 (ticket-sla)
        AtRiskPool p = AtRiskPool.builder().id("pool").atRiskPercent(new BigDecimal("10")).allocate("availability", new BigDecimal("50"))
                .allocate("ticket-sla", new BigDecimal("50")).earnBackPeriods(1).build();
        Agreement a = IncentiveFixtures.agreement(IncentiveScheme.builder().addComponents(p).build(), sek("4998.50"));
        List<Measurement> ms = new ArrayList<>(belowMinimum("2026-01"));
        ms.add(Fixtures.measurement("availability", "2026-02", "98"));
        ms.add(Fixtures.ratioMeasurement("ticket-sla", "2026-02", "95", "100"));
        IncentiveStatement s = run(a, months("2026-01", "2026-02"), ms);
        ComponentOutcome jan = s.periods().get(0).outcome("pool").orElseThrow();
        assertEquals(sek("-249.92"), jan.credit("ticket-sla").orElseThrow());
        // February: ticket-sla met its target. Without its credit January's pool would have taken availability's
        // 249.925, rounded 249.92, so its credit "added" 499.85 - 249.92 = 249.93: one minor unit more than its line.
        // What comes back is at most the line: 249.92
        ComponentOutcome feb = s.periods().get(1).outcome("pool").orElseThrow();
        OutcomeLine back = feb.lines(OutcomeLine.Kind.EARN_BACK).get(0);
        assertEquals(sek("249.92"), back.amount());
        assertEquals(Optional.of("ticket-sla"), back.kpiId());
        assertEquals(Optional.of(ReportingPeriod.parse("2026-01")), back.creditPeriod());
        assertEquals("earn-back:ticket-sla:2026-01", back.key()); // the stored key is unchanged
    }

    // ------------------------------------------------------------------ exposure

    @Test
    void exposureIsTheReachableShareOfThePool() {
        Money fee = sek("250000.00");
        // pool 30,000; 40 % + 30 % = 70 % → 21,000 down, no upside without earn-back
        AtRiskPool partial = pool().allocate("availability", new BigDecimal("40")).allocate("ticket-sla", new BigDecimal("30")).build();
        assertEquals(Exposure.of(sek("0"), sek("21000.00")), partial.exposure(fee));
        // with earn-back, the credit can come back: up 21,000
        AtRiskPool earnBack = pool().allocate("availability", new BigDecimal("40")).allocate("ticket-sla", new BigDecimal("30")).earnBackPeriods(3).build();
        assertEquals(Exposure.of(sek("21000.00"), sek("21000.00")), earnBack.exposure(fee));
        // 90 % + 60 % = 150 %: capped at the pool, 30,000
        AtRiskPool over = pool().allocate("availability", new BigDecimal("90")).allocate("ticket-sla", new BigDecimal("60")).build();
        assertEquals(Exposure.of(sek("0"), sek("30000.00")), over.exposure(fee));
        assertEquals("at-risk-pool", over.type());
    }
}
