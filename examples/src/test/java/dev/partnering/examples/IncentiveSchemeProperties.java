// tag::scheme-properties[]
package dev.partnering.examples;

import java.math.BigDecimal;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.Improvement;
import dev.partnering.testkit.IncentiveInvariants;
import dev.partnering.testkit.PartneringArbitraries;
import dev.partnering.testkit.PeriodInputs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Testing your incentive scheme: the invariants of the example agreement's scheme, over generated
 * months of measurements, breach events and fees. This is the test of the guide
 * docs/testing-with-testkit.md; replace the agreement with your own.
 */
class IncentiveSchemeProperties {

    /** Your agreement, with the scheme you want to test. */
    static final Agreement AGREEMENT = ItPartnering.agreement().withIncentiveScheme(IncentiveScheme.builder()
            .addComponents(
                    // 10 % of the monthly fee at risk, shared out over the three KPIs
                    AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"))
                            .allocate("availability", new BigDecimal("50")).allocate("incident-response", new BigDecimal("30")).allocate("ticket-sla", new BigDecimal("30"))
                            .build(),
                    // malus of 5 % below a score of 0.8, neutral up to 1.0, up to 5 % bonus at 1.2
                    BonusMalusCurve.builder().id("bonus").point(new BigDecimal("0.8"), new BigDecimal("-5")).point(new BigDecimal("0.8"), new BigDecimal("0")).point(new BigDecimal("1.0"), new BigDecimal("0"))
                            .point(new BigDecimal("1.2"), new BigDecimal("5")).build(),
                    // 2,000 SEK per day late, at most 5 % of the monthly fee
                    Penalty.builder().id("late-delivery").basis(Penalty.Basis.PER_UNIT).rate(Money.of("2000.00", "SEK"))
                            .periodCapPercent(new BigDecimal("5")).build())
            .floor(Bound.percentOfFee(new BigDecimal("15")))
            .cap(Bound.percentOfFee(new BigDecimal("10")))
            .build());

    static final IncentiveInvariants INVARIANTS = IncentiveInvariants.of(AGREEMENT);

    /** Months of the contract with measurements of every KPI, breach events and the fee. */
    @Provide
    Arbitrary<PeriodInputs> months() {
        return PartneringArbitraries.periodInputs(AGREEMENT);
    }

    /** A month and the same month with one thing better: a KPI, a cost, a breach fewer. */
    @Provide
    Arbitrary<Improvement> improvements() {
        return PartneringArbitraries.periodInputs(AGREEMENT).improvements();
    }

    @Property
    void improvingAnythingNeverLowersThePayout(@ForAll("improvements") Improvement improvement) {
        INVARIANTS.assertMonotone(improvement);
    }

    @Property
    void creditsPenaltiesAndTheNetStayWithinTheirBounds(@ForAll("months") PeriodInputs month) {
        INVARIANTS.assertBounded(month);
    }

    @Property
    void everySplitAddsUpToTheMinorUnit(@ForAll("months") PeriodInputs month) {
        INVARIANTS.assertConserved(month);
    }

    @Property
    void theOrderOfMeasurementsEventsAndKpisChangesNothing(@ForAll("months") PeriodInputs month, @ForAll long seed) {
        INVARIANTS.assertOrderIndependent(month, seed);
    }

    @Property
    void scalingEveryAmountScalesEveryPayout(@ForAll("months") PeriodInputs month, @ForAll @IntRange(min = 2, max = 100) int k) {
        INVARIANTS.assertScaleInvariant(month, k);
    }

    @Example
    void performanceExactlyAtTargetIsNeutral() {
        INVARIANTS.assertNeutralAtTarget(ReportingPeriod.parse("2026-06"));
    }
}
// end::scheme-properties[]
