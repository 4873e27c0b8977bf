package dev.partnering.incentive;

import static dev.partnering.Fixtures.sek;
import static dev.partnering.incentive.Rejections.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;

/** The small value types of incentive schemes: bounds, cost outcomes, period inputs, schemes, distributions. */
class IncentiveValuesTest {

    private static final ReportingPeriod JAN = ReportingPeriod.parse("2026-01");

    // ------------------------------------------------------------------ Bound

    @Test
    void fixedBoundIsNotNegative() {
        assertEquals(sek("0"), ((Bound.Fixed) Bound.of(sek("0"))).amount());
        assertOnly(() -> Bound.of(sek("-1")), "amount", "-1 SEK", "bound -1 SEK must not be negative");
        Bound b = Bound.of(sek("200000.00"));
        assertEquals("200000.00 SEK", b.describe());
        assertEquals(sek("200000.00"), b.resolve(sek("1")));
    }

    @Test
    void percentBoundIsNotNegativeAndComparesByValue() {
        assertOnly(() -> Bound.percentOfFee(new BigDecimal("-0.5")), "percent", "-0.5", "bound -0.5 % of the fee must be 0 to 100 %");
        // a floor or cap of 1000 % of the fee is refused (before: accepted, and never binding)
        assertOnly(() -> Bound.percentOfFee(new BigDecimal("1000")), "percent", "1000", "bound 1000 % of the fee must be 0 to 100 %");
        assertEquals(Bound.percentOfFee(new BigDecimal("100")), Bound.percentOfFee(new BigDecimal("100.0")));
        Bound ten = Bound.percentOfFee(new BigDecimal("10"));
        // 10 % of 250,000 = 25,000
        assertEquals(sek("25000"), ten.resolve(sek("250000.00")));
        assertEquals("10 % of the fee", Bound.percentOfFee(new BigDecimal("10.00")).describe());
        assertEquals(ten, Bound.percentOfFee(new BigDecimal("10.0")));
        assertEquals(ten.hashCode(), Bound.percentOfFee(new BigDecimal("1E+1")).hashCode());
        assertNotEquals(ten, Bound.percentOfFee(new BigDecimal("11")));
        assertNotEquals(ten.hashCode(), Bound.percentOfFee(new BigDecimal("11")).hashCode());
        assertNotEquals(ten, Bound.of(sek("10")));
        assertEquals(BigDecimal.ZERO, ((Bound.PercentOfFee) Bound.percentOfFee(BigDecimal.ZERO)).percent());
    }

    // ------------------------------------------------------------------ CostOutcome

    @Test
    void costOutcomeIsAPairOrTheSavings() {
        assertEquals(sek("300"), CostOutcome.of(sek("1000"), sek("700")).savings());
        assertEquals(sek("-50"), CostOutcome.savings(sek("-50")).savings());
        // the builder gives the same values as the factories, and keeps their rule
        assertEquals(CostOutcome.of(sek("1000"), sek("700")), CostOutcome.builder().baseline(sek("1000")).actual(sek("700")).build());
        assertEquals(CostOutcome.savings(sek("-50")), CostOutcome.builder().givenSavings(sek("-50")).build());
        String rule = "a cost outcome needs a baseline and an actual cost, or the savings (givenSavings), not both or part";
        assertOnly(() -> ImmutableCostOutcome.builder().baseline(sek("1000")).build(), "baseline", "1000 SEK", rule);
        assertOnly(() -> ImmutableCostOutcome.builder().actual(sek("1000")).build(), "baseline", null, rule);
        assertOnly(() -> ImmutableCostOutcome.builder().build(), "baseline", null, rule);
        assertOnly(() -> ImmutableCostOutcome.builder().givenSavings(sek("5")).baseline(sek("1000")).actual(sek("995")).build(),
                "baseline", "1000 SEK", rule);
        assertOnly(() -> ImmutableCostOutcome.builder().givenSavings(sek("5")).actual(sek("995")).build(), "baseline", null, rule);
    }

    @Test
    void baselineAndActualShareACurrency() {
        assertOnly(() -> CostOutcome.of(sek("1000"), Money.of("900", "EUR")), "actual", "900 EUR",
                "baseline 1000 SEK and actual 900 EUR differ in currency");
    }

    // ------------------------------------------------------------------ IncentivePeriod

    @Test
    void periodInputsBelongToThePeriod() {
        Agreement a = Fixtures.agreement();
        ReportingPeriod feb = ReportingPeriod.parse("2026-02");
        assertOnly(() -> IncentivePeriod.builder().period(JAN).scorecard(ScorecardCalculator.standard().calculate(a, feb, List.of()))
                .build(), "scorecard", "2026-02", "the scorecard is for 2026-02, not 2026-01");
        BreachEvent inside = BreachEvent.builder().id("e0").penaltyId("late").date(LocalDate.parse("2026-01-31")).build();
        BreachEvent outside = BreachEvent.builder().id("e1").penaltyId("late").date(LocalDate.parse("2026-02-01")).build();
        assertOnly(() -> IncentivePeriod.builder().period(JAN).addEvents(inside, outside).build(), "events[1].date", "2026-02-01",
                "breach event 'e1' on 2026-02-01 is outside 2026-01");
        assertEquals(1, IncentivePeriod.builder().period(JAN).addEvents(inside)
                .scorecard(ScorecardCalculator.standard().calculate(a, JAN, List.of())).build().events().size());
    }

    // ------------------------------------------------------------------ IncentiveScheme

    private static Penalty penalty(String id) {
        return Penalty.builder().id(id).rate(sek("1")).build();
    }

    @Test
    void componentIdsAreUnique() {
        assertOnly(() -> IncentiveScheme.builder().addComponents(penalty("a"), penalty("b"), penalty("a")).build(), "components",
                "[a]", "component ids must be unique within a scheme, repeated: [a]");
        IncentiveScheme s = IncentiveScheme.builder().addComponents(penalty("a"), penalty("b")).build();
        assertEquals(Optional.of(penalty("b")), s.component("b"));
        assertEquals(Optional.empty(), s.component("c"));
    }

    private static Agreement agreementWith(List<Party> parties) {
        return Fixtures.agreementBuilder().addAllParties(parties).addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance()).addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK)
                .feeSchedule(Fixtures.feeSchedule()).build();
    }

    private static Agreement oneSupplierWithoutLead() {
        Role c = Role.builder().id("c-a").title("Sponsor").party("region-nord").level(GovernanceLevel.STRATEGIC).mandate("m")
                .counterpart("s-a").build();
        Role s = Role.builder().id("s-a").title("Sponsor").party("acme").level(GovernanceLevel.STRATEGIC).mandate("m")
                .counterpart("c-a").build();
        return Fixtures.agreementBuilder().addParties(Fixtures.customer(), Party.supplier("acme", "Acme"))
                .governance(Governance.builder().addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                        .addRoles(c, s).escalationPolicy(EscalationPolicy.builder()
                                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10))
                                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5)).build()).build())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule()).build();
    }

    @Test
    void theSchemeMustKnowWhichSupplierItPays() {
        IncentiveScheme unnamed = IncentiveScheme.builder().addComponents(penalty("a")).build();
        Agreement twoWithoutLead = agreementWith(List.of(Fixtures.customer(), Party.supplier("acme", "Acme"), Fixtures.supplier()));
        assertEquals(List.of(Violation.of("incentiveScheme.supplier", null,
                "the agreement has 2 suppliers and no lead: the incentive scheme must name the supplier it pays")),
                unnamed.violationsAgainst(twoWithoutLead));
        assertEquals(List.of(), unnamed.violationsAgainst(Fixtures.agreement()));
        Agreement oneSupplier = oneSupplierWithoutLead();
        assertEquals(List.of(), unnamed.violationsAgainst(oneSupplier));
        IncentiveScheme named = IncentiveScheme.builder().addComponents(penalty("a")).supplier("globex").build();
        assertEquals(List.of(), named.violationsAgainst(twoWithoutLead));
        IncentiveScheme customer = IncentiveScheme.builder().addComponents(penalty("a")).supplier("region-nord").build();
        assertEquals(List.of(Violation.of("incentiveScheme.supplier", "region-nord",
                "the incentive scheme pays 'region-nord', which is not a supplier of the agreement")),
                customer.violationsAgainst(Fixtures.agreement()));
    }

    @Test
    void fixedNetBoundsAndTriggerKpisAreCheckedAgainstTheAgreement() {
        IncentiveScheme s = IncentiveScheme.builder().floor(Bound.of(Money.of("5", "EUR"))).cap(Bound.of(sek("5")))
                .addRemedyTriggers(RemedyTrigger.consecutiveBelowMinimum("nps", 2, Remedy.STEP_IN),
                        RemedyTrigger.breachesInWindow("availability", 1, 1, true, Remedy.STEP_IN),
                        RemedyTrigger.breachesInWindow("uptime", 1, 1, true, Remedy.STEP_IN),
                        RemedyTrigger.delayBeyond("late", BigDecimal.ONE, Remedy.TERMINATION))
                .build();
        assertEquals(List.of(
                Violation.of("incentiveScheme", "5 EUR", "net bound 5 EUR is not in the agreement's currency SEK"),
                Violation.of("incentiveScheme.remedyTriggers[0]", "nps", "remedy trigger refers to kpi 'nps', which the agreement does not define"),
                Violation.of("incentiveScheme.remedyTriggers[2]", "uptime",
                        "remedy trigger refers to kpi 'uptime', which the agreement does not define")),
                s.violationsAgainst(Fixtures.agreement()));
        IncentiveScheme euroCap = IncentiveScheme.builder().addComponents(penalty("a")).cap(Bound.of(Money.of("5", "EUR"))).build();
        assertEquals(List.of(Violation.of("incentiveScheme", "5 EUR", "net bound 5 EUR is not in the agreement's currency SEK")),
                euroCap.violationsAgainst(Fixtures.agreement()));
    }

    @Test
    void componentViolationsArePrefixedWithTheirIndex() {
        IncentiveScheme s = IncentiveScheme.builder().addComponents(penalty("ok"),
                Penalty.builder().id("late").rate(Money.of("1", "EUR")).build()).build();
        assertEquals(List.of(Violation.of("incentiveScheme.components[1].rate", "1 EUR",
                "penalty 'late': rate 1 EUR is not in the agreement's currency SEK")), s.violationsAgainst(Fixtures.agreement()));
    }

    // ------------------------------------------------------------------ KpiDistribution

    @Test
    void normalDistributionNeedsAValidDeviationAndDecimals() {
        String rule = "a normal distribution needs a standard deviation of at least 0 and 0 to 10 decimals, not ";
        assertOnly(() -> KpiDistribution.normal(BigDecimal.ONE, new BigDecimal("-0.1"), 2), "standardDeviation", "-0.1",
                rule + "-0.1 and 2");
        assertOnly(() -> KpiDistribution.normal(BigDecimal.ONE, BigDecimal.ONE, -1), "standardDeviation", "1", rule + "1 and -1");
        assertOnly(() -> KpiDistribution.normal(BigDecimal.ONE, BigDecimal.ONE, 11), "standardDeviation", "1", rule + "1 and 11");
        assertEquals(0, ((KpiDistribution.Normal) KpiDistribution.normal(BigDecimal.ONE, BigDecimal.ZERO, 0)).decimals());
        assertEquals(10, ((KpiDistribution.Normal) KpiDistribution.normal(BigDecimal.ONE, BigDecimal.ZERO, 10)).decimals());
    }

    @Test
    void normalDrawIsQuantised() {
        // Random(42).nextGaussian() = 1.1419053154730547 → z = 1.141905 (2 + 4 decimals)
        // 10 + 1 × 1.141905 = 11.141905 → 11.14
        assertEquals(new BigDecimal("11.14"),
                KpiDistribution.normal(BigDecimal.TEN, BigDecimal.ONE, 2).draw(new Random(42)));
        // z = 1.1419053155 (6 + 4 decimals); 2 × z = 2.2838106310 → 12.283811
        assertEquals(new BigDecimal("12.283811"),
                KpiDistribution.normal(BigDecimal.TEN, new BigDecimal("2"), 6).draw(new Random(42)));
        // no deviation: always the mean, at the given decimals
        assertEquals(new BigDecimal("99.50"), KpiDistribution.normal(new BigDecimal("99.5"), BigDecimal.ZERO, 2).draw(new Random(1)));
    }

    @Test
    void sampledDistributionNeedsAValue() {
        assertOnly(() -> KpiDistribution.sampled(List.of()), "values", "[]", "a sampled distribution needs at least one value");
        assertEquals(BigDecimal.TEN, KpiDistribution.sampled(List.of(BigDecimal.TEN)).draw(new Random(3)));
    }

    // ------------------------------------------------------------------ results

    @Test
    void resultRecordsRefuseBrokenValues() {
        assertThrows(IllegalArgumentException.class, () -> new Movement("c", "a", "b", sek("-1")));
        Movement m = new Movement("pool", "acme", "region-nord", sek("12500.00"));
        assertEquals("pool: acme → region-nord 12500.00 SEK", m.toString());
        assertFalse(m.equals(new Movement("pool", "region-nord", "acme", sek("12500.00"))));
    }
}
