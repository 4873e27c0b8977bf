package dev.partnering.incentive;

import static dev.partnering.testkit.PartneringArbitraries.agreements;
import static dev.partnering.testkit.PartneringArbitraries.incentiveSchemes;
import static dev.partnering.testkit.PartneringArbitraries.periodInputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.testkit.PeriodInputs;
import dev.partnering.testkit.ThoroughTries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Month-end continuation: for generated agreements whose scheme has every component kind (gain
 * share, at-risk pool with or without earn-back, service-credit tiers with rolling caps, bonus/malus,
 * penalty with contract-year caps), a floor and cap, and remedy triggers, continuing a statement
 * period by period from its closing balance gives the same figures as computing all periods at once.
 *
 * <p>Tries: each try computes a statement of up to six periods twice (up to sixteen for the long sequences), so the
 * default build runs {@value #TRIES} tries per property (a quarter of them for the long sequences);
 * {@code mvn verify -Pthorough} runs ten times as many ({@link ThoroughTries}).
 */
@AddLifecycleHook(ThoroughTries.class)
class ContinuationProperties {

    /** Tries per property in the default build; {@code -Pthorough} runs ten times as many. */
    static final int TRIES = 200;

    private static final Class<?>[] EVERY_KIND = {GainShare.class, AtRiskPool.class, ServiceCreditTiers.class,
            BonusMalusCurve.class, Penalty.class};

    /** An agreement with a scheme, and the inputs of consecutive periods. */
    record Periods(Agreement agreement, List<PeriodInputs> inputs) {
    }

    /** What a period statement says in figures: everything but the words of the explanations. */
    record Figures(Object period, Object fee, List<List<Object>> outcomes, Object gross, Object limit, Object net,
            Object byParty, Object movements, List<List<Object>> remedies) {
        static Figures of(PeriodStatement p) {
            List<List<Object>> outcomes = new ArrayList<>();
            p.outcomes().forEach(o -> outcomes.add(List.of(o.componentId(), o.type(), o.amount(), o.lines(), o.capsApplied())));
            List<List<Object>> remedies = new ArrayList<>();
            p.remedies().forEach(r -> remedies.add(List.of(r.period(), r.trigger())));
            return new Figures(p.period(), p.fee(), outcomes, p.gross(), p.limitApplied(), p.net(), p.netByParty(),
                    p.movements(), remedies);
        }
    }

    private static List<Figures> figures(IncentiveStatement s) {
        return s.periods().stream().map(Figures::of).toList();
    }

    private static void assertContinuationEqualsAllAtOnce(Periods p) {
        IncentiveScheme scheme = p.agreement().incentiveScheme().orElseThrow();
        IncentiveCalculator calculator = IncentiveCalculator.standard();
        List<IncentivePeriod> inputs = p.inputs().stream().map(i -> i.toIncentivePeriod(p.agreement())).toList();
        IncentiveStatement atOnce = calculator.calculate(p.agreement(), scheme, inputs);
        IncentiveStatement continued = calculator.calculate(p.agreement(), scheme, inputs.subList(0, 1));
        for (IncentivePeriod next : inputs.subList(1, inputs.size())) {
            continued = calculator.continueFrom(p.agreement(), scheme, continued, next);
        }
        assertEquals(figures(atOnce), figures(continued));
        assertEquals(atOnce.totalByParty(), continued.totalByParty());
        assertEquals(atOnce.closingBalance(), continued.closingBalance());
        Statistics.label("carried credits").collect(atOnce.closingBalance().orElseThrow().periods().stream()
                .anyMatch(c -> !c.credits().isEmpty()));
        Statistics.label("remedies").collect(atOnce.periods().stream().anyMatch(s -> !s.remedies().isEmpty()));
    }

    @Property(tries = TRIES)
    void continuingPeriodByPeriodEqualsComputingAllPeriodsAtOnce(@ForAll("sequences") Periods p) {
        assertContinuationEqualsAllAtOnce(p);
    }

    @Provide
    Arbitrary<Periods> sequences() {
        return agreements().withIncentiveScheme(incentiveSchemes().withComponents(EVERY_KIND).withFloorAndCap())
                .flatMap(a -> periodInputs(a).sequences(2, 6).map(i -> new Periods(a, i)));
    }

    /** Longer than the rolling twelve months, so the closing balance drops periods: fewer tries, each is long. */
    @Property(tries = TRIES / 4)
    void continuingBeyondTheLookBackEqualsComputingAllPeriodsAtOnce(@ForAll("longSequences") Periods p) {
        assertContinuationEqualsAllAtOnce(p);
    }

    @Provide
    Arbitrary<Periods> longSequences() {
        return agreements().withIncentiveScheme(incentiveSchemes().withComponents(EVERY_KIND).withFloorAndCap())
                .flatMap(a -> periodInputs(a).sequences(13, 16).map(i -> new Periods(a, i)));
    }

    @Property(tries = TRIES)
    void theClosingBalanceKeepsOnlyWhatTheRulesLookBackOn(@ForAll("sequences") Periods p) {
        IncentiveScheme scheme = p.agreement().incentiveScheme().orElseThrow();
        List<IncentivePeriod> inputs = p.inputs().stream().map(i -> i.toIncentivePeriod(p.agreement())).toList();
        IncentiveStatement s = IncentiveCalculator.standard().calculate(p.agreement(), scheme, inputs);
        OpeningBalance closing = s.closingBalance().orElseThrow();
        assertEquals(s.periods().get(s.periods().size() - 1).period().plus(1), closing.firstPeriod());
        assertTrue(closing.periods().size() <= Math.max(12, inputs.size()));
        closing.periods().forEach(c -> assertTrue(c.period().compareTo(closing.firstPeriod().plus(-12)) >= 0
                || scheme.remedyTriggers().size() > 0, c.period() + " is beyond the look-back of " + closing.firstPeriod()));
    }
}
