package dev.partnering.incentive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.money.Money;
import dev.partnering.testkit.AgreementArbitrary;
import dev.partnering.testkit.Improvement;
import dev.partnering.testkit.IncentiveInvariants;
import dev.partnering.testkit.IncentiveSchemeArbitrary;
import dev.partnering.testkit.PeriodInputs;
import dev.partnering.testkit.SequenceImprovement;
import dev.partnering.testkit.ThoroughTries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import static dev.partnering.testkit.PartneringArbitraries.agreements;
import static dev.partnering.testkit.PartneringArbitraries.incentiveSchemes;
import static dev.partnering.testkit.PartneringArbitraries.kpis;
import static dev.partnering.testkit.PartneringArbitraries.periodInputs;

/**
 * The invariants of DOMAIN.md over generated agreements (any parties, governance, KPIs of every
 * direction and aggregation, fees), generated schemes (any mix of gain share, at-risk pool,
 * service-credit tiers, bonus/malus curve and penalty, with or without a net floor and cap) and
 * generated period inputs, checked with the testkit's {@link IncentiveInvariants}.
 *
 * <p>Tries: each try builds and evaluates a whole agreement (and a sequence of up to six periods for the
 * properties over periods), so the default build runs {@value #TRIES} tries per property (twice that where about
 * half the generated cases leave nothing to improve); every coverage check still holds at that count.
 * {@code mvn verify -Pthorough} multiplies every one of them by ten ({@link ThoroughTries}), the run CI makes on a
 * schedule.
 */
@AddLifecycleHook(ThoroughTries.class)
class IncentiveProperties {

    /** An agreement with a scheme, and one period's inputs. */
    record Case(Agreement agreement, PeriodInputs inputs) {
        IncentiveInvariants invariants() {
            return IncentiveInvariants.of(agreement);
        }
    }

    /** An agreement with a scheme, and an improvement of one period's inputs. */
    record Step(Agreement agreement, Improvement improvement) {
    }

    private static Arbitrary<Case> cases(IncentiveSchemeArbitrary schemes) {
        return agreements().withIncentiveScheme(schemes).flatMap(a -> periodInputs(a).map(i -> new Case(a, i)));
    }

    private static Arbitrary<Step> steps(AgreementArbitrary agreements, Improvement.Kind kind) {
        return agreements.flatMap(a -> periodInputs(a).withEveryKpiMeasured().improvements(kind).map(i -> new Step(a, i)));
    }

    /** Tries per property in the default build; {@code -Pthorough} runs ten times as many. */
    static final int TRIES = 250;

    private static final Class<?>[] EVERY_KIND = {GainShare.class, AtRiskPool.class, ServiceCreditTiers.class,
            BonusMalusCurve.class, Penalty.class};

    // ---------------------------------------------------------------- monotonicity

    /** Checks monotonicity; at least {@code minPercent} % of the tries must change the inputs. */
    private static void assertMonotone(Step s, boolean measurementsOnly, int minPercent) {
        Improvement i = s.improvement();
        Statistics.label("improved").collect(i.isChange());
        Statistics.label("improved").coverage(c -> c.check(true).percentage(p -> p >= minPercent));
        IncentiveInvariants invariants = IncentiveInvariants.of(s.agreement());
        invariants.assertMonotone(i);
        IncentiveScheme scheme = s.agreement().incentiveScheme().orElseThrow();
        boolean moneyOnly = scheme.component(Penalty.TYPE).isPresent() || scheme.component(GainShare.TYPE).isPresent();
        if (measurementsOnly && moneyOnly) {
            PeriodStatement w = invariants.evaluate(i.worse());
            PeriodStatement b = invariants.evaluate(i.better());
            for (String id : List.of(Penalty.TYPE, GainShare.TYPE)) {
                assertEquals(w.outcome(id).map(ComponentOutcome::amount), b.outcome(id).map(ComponentOutcome::amount),
                        "penalties and gain shares do not depend on measurements: " + i);
            }
        }
    }

    @Property(tries = TRIES)
    void improvingAKpiValueNeverLowersThePayout(@ForAll("valueImprovements") Step s) {
        assertMonotone(s, true, 80);
    }

    @Provide
    Arbitrary<Step> valueImprovements() {
        return steps(agreements().withIncentiveScheme(), Improvement.Kind.KPI_VALUE);
    }

    @Property(tries = TRIES)
    void answeringMoreWithinARatioKpiNeverLowersThePayout(@ForAll("ratioImprovements") Step s) {
        assertMonotone(s, true, 60);
    }

    @Provide
    Arbitrary<Step> ratioImprovements() {
        return steps(agreements().withIncentiveScheme().withKpis(kpis().withAggregations(AggregationRule.ratio())),
                Improvement.Kind.KPI_RATIO);
    }

    /** Twice the tries: about half the generated binary kpis are met already and leave nothing to improve. */
    @Property(tries = 2 * TRIES)
    void meetingABinaryKpiNeverLowersThePayout(@ForAll("binaryImprovements") Step s) {
        assertMonotone(s, true, 35);
    }

    @Provide
    Arbitrary<Step> binaryImprovements() {
        return steps(agreements().withIncentiveScheme().withKpis(kpis().withDirections(Direction.BINARY)), Improvement.Kind.KPI_MET);
    }

    @Property(tries = TRIES)
    void lowerActualCostNeverLowersThePayout(@ForAll("costImprovements") Step s) {
        assertMonotone(s, false, 80);
    }

    @Provide
    Arbitrary<Step> costImprovements() {
        return steps(agreements().withIncentiveScheme(incentiveSchemes().withComponents(EVERY_KIND)), Improvement.Kind.LOWER_COST);
    }

    @Property(tries = TRIES)
    void fewerOrSmallerBreachesNeverLowerThePayout(@ForAll("breachImprovements") Step s) {
        assertMonotone(s, false, 80);
    }

    @Provide
    Arbitrary<Step> breachImprovements() {
        return steps(agreements().withIncentiveScheme(incentiveSchemes().withComponents(EVERY_KIND)),
                Improvement.Kind.FEWER_BREACHES);
    }

    // ---------------------------------------------------------------- monotonicity over periods

    /** An agreement with a scheme, and a sequence of periods' inputs with one period improved. */
    record Sequence(Agreement agreement, SequenceImprovement improvement) {
    }

    private static Arbitrary<Sequence> sequences(IncentiveSchemeArbitrary schemes, Improvement.Kind... kinds) {
        return agreements().withIncentiveScheme(schemes)
                .flatMap(a -> periodInputs(a).sequenceImprovements(2, 4, kinds).map(i -> new Sequence(a, i)));
    }

    private static void assertMonotoneOverPeriods(Sequence s) {
        Statistics.label("improved").collect(s.improvement().isChange());
        Statistics.label("improved").coverage(c -> c.check(true).percentage(p -> p >= 70));
        IncentiveInvariants.of(s.agreement()).assertMonotone(s.improvement());
    }

    /** Over a sequence earn-back, contract-year and rolling caps carry one period's outcome into the next ones. */
    @Property(tries = TRIES)
    void improvingAnyPeriodNeverLowersTheTotalOverTheSequence(@ForAll("sequenceImprovements") Sequence s) {
        assertMonotoneOverPeriods(s);
    }

    @Provide
    Arbitrary<Sequence> sequenceImprovements() {
        return sequences(incentiveSchemes());
    }

    /**
     * Earn-back under a net floor and cap: a deeper miss must not pay more once the credit comes back. Twice the tries:
     * it takes a period held by the floor, a kpi improved across its trigger and met in the periods after it.
     */
    @Property(tries = 2 * TRIES)
    void aDeeperMissNeverPaysMoreOverTheEarnBackWindow(@ForAll("earnBackSequences") Sequence s) {
        assertMonotoneOverPeriods(s);
    }

    @Provide
    Arbitrary<Sequence> earnBackSequences() {
        return sequences(incentiveSchemes().withComponents(AtRiskPool.class, BonusMalusCurve.class, Penalty.class).withFloorAndCap()
                .withEarnBack(),
                Improvement.Kind.KPI_VALUE, Improvement.Kind.KPI_RATIO, Improvement.Kind.KPI_MET);
    }

    /** Fewer breaches early in a contract year leave room under its cap for later ones: the total must still not fall. */
    @Property(tries = TRIES)
    void fewerBreachesNeverLowerTheTotalOverTheSequence(@ForAll("breachSequences") Sequence s) {
        assertMonotoneOverPeriods(s);
    }

    @Provide
    Arbitrary<Sequence> breachSequences() {
        return sequences(incentiveSchemes().withComponents(Penalty.class, ServiceCreditTiers.class, BonusMalusCurve.class),
                Improvement.Kind.FEWER_BREACHES, Improvement.Kind.KPI_VALUE);
    }

    // ---------------------------------------------------------------- bounds over periods

    /** An agreement with a scheme, and the inputs of consecutive periods. */
    record Periods(Agreement agreement, List<PeriodInputs> inputs) {
    }

    @Property(tries = TRIES)
    void yearlyAndRollingCapsHoldOverTheSequence(@ForAll("capSequences") Periods p) {
        IncentiveInvariants.of(p.agreement()).assertBoundedOverPeriods(p.inputs());
    }

    @Provide
    Arbitrary<Periods> capSequences() {
        return agreements().withIncentiveScheme(incentiveSchemes().withComponents(Penalty.class, ServiceCreditTiers.class,
                AtRiskPool.class)).flatMap(a -> periodInputs(a).sequences(2, 6).map(i -> new Periods(a, i)));
    }

    // ---------------------------------------------------------------- bounds

    @Property(tries = TRIES)
    void creditsNeverExceedPool(@ForAll("poolCases") Case c) {
        c.invariants().assertBounded(c.inputs());
        PeriodStatement p = c.invariants().evaluate(c.inputs());
        AtRiskPool pool = (AtRiskPool) c.agreement().incentiveScheme().orElseThrow().component(AtRiskPool.TYPE).orElseThrow();
        ComponentOutcome o = p.outcome(AtRiskPool.TYPE).orElseThrow();
        Money limit = p.fee().orElseThrow().percent(pool.atRiskPercent()).rounded();
        assertTrue(o.amount().negated().compareTo(limit) <= 0, "credits " + o.amount() + " exceed the pool " + limit);
        assertTrue(!o.amount().isPositive(), "a single period never earns back");
    }

    @Provide
    Arbitrary<Case> poolCases() {
        return cases(incentiveSchemes().withComponents(AtRiskPool.class, ServiceCreditTiers.class, BonusMalusCurve.class));
    }

    @Property(tries = TRIES)
    void penaltiesAndTierCreditsNeverExceedTheirCaps(@ForAll("capCases") Case c) {
        c.invariants().assertBounded(c.inputs());
        PeriodStatement p = c.invariants().evaluate(c.inputs());
        IncentiveScheme scheme = c.agreement().incentiveScheme().orElseThrow();
        Money fee = p.fee().orElseThrow();
        Penalty penalty = (Penalty) scheme.component(Penalty.TYPE).orElseThrow();
        penalty.periodCap().ifPresent(cap -> assertTrue(p.outcome(Penalty.TYPE).orElseThrow().amount().negated()
                .compareTo(cap.resolve(fee).rounded()) <= 0, "penalty above its cap " + cap.describe()));
        scheme.component(ServiceCreditTiers.TYPE).map(ServiceCreditTiers.class::cast).flatMap(ServiceCreditTiers::periodCapPercent)
                .ifPresent(cap -> assertTrue(p.outcome(ServiceCreditTiers.TYPE).orElseThrow().amount().negated()
                        .compareTo(fee.percent(cap).rounded()) <= 0, "tier credit above its cap " + cap + " %"));
    }

    @Provide
    Arbitrary<Case> capCases() {
        return cases(incentiveSchemes().withComponents(Penalty.class, ServiceCreditTiers.class, GainShare.class));
    }

    @Property(tries = TRIES)
    void netAdjustmentWithinFloorAndCap(@ForAll("floorAndCapCases") Case c) {
        c.invariants().assertBounded(c.inputs());
        PeriodStatement p = c.invariants().evaluate(c.inputs());
        IncentiveScheme scheme = c.agreement().incentiveScheme().orElseThrow();
        Money fee = p.fee().orElseThrow();
        assertTrue(p.net().compareTo(scheme.floor().orElseThrow().resolve(fee).rounded().negated()) >= 0, "net below the floor");
        assertTrue(p.net().compareTo(scheme.cap().orElseThrow().resolve(fee).rounded()) <= 0, "net above the cap");
    }

    @Provide
    Arbitrary<Case> floorAndCapCases() {
        return cases(incentiveSchemes().withFloorAndCap());
    }

    // ---------------------------------------------------------------- conservation, order, scale, neutrality

    @Property(tries = TRIES)
    void partsAddUpExactlyInMinorUnits(@ForAll("cases") Case c) {
        c.invariants().assertConserved(c.inputs());
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(incentiveSchemes());
    }

    @Property(tries = TRIES)
    void shufflingMeasurementsEventsAndKpisChangesNothing(@ForAll("cases") Case c, @ForAll long seed) {
        c.invariants().assertOrderIndependent(c.inputs(), seed);
    }

    @Property(tries = TRIES)
    void scalingEveryAmountScalesEveryPayout(@ForAll("cases") Case c, @ForAll @IntRange(min = 2, max = 50) int factor) {
        c.invariants().assertScaleInvariant(c.inputs(), factor);
    }

    @Property(tries = TRIES)
    void performanceExactlyAtTargetGivesNoBonusOrMalus(@ForAll("neutralCases") Case c) {
        // neutral schemes: curves zero at a score of 1, service-credit bands short of the target; every kpi at target scores 1
        c.invariants().assertNeutralAtTarget(c.inputs().period());
    }

    @Provide
    Arbitrary<Case> neutralCases() {
        return cases(incentiveSchemes().neutralAtTarget().withComponents(EVERY_KIND));
    }
}
