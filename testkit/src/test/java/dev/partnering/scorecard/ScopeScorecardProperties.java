package dev.partnering.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.Scope;
import dev.partnering.evaluation.ScopeScorecardCalculator;
import dev.partnering.kpi.Measurement;
import dev.partnering.testkit.ScopeArbitraries;
import dev.partnering.testkit.ScopeArbitraries.ScopedCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.partnering.testkit.ThoroughTries;

/**
 * Scope scorecard invariants over generated agreements with 1 to 5 scopes (with or without
 * volumes) and 0 to 4 generated measurements per scope and KPI.
 * <p>
 * 250 tries per property (scaled by {@code -Pthorough}), not jqwik's default 1,000: a try builds and
 * evaluates a whole agreement with its scopes.
 */
@AddLifecycleHook(ThoroughTries.class)
class ScopeScorecardProperties {

    private static final ScopeScorecardCalculator CALCULATOR = ScopeScorecardCalculator.standard();

    @Provide
    Arbitrary<ScopedCase> cases() {
        return ScopeArbitraries.cases();
    }

    @Provide
    Arbitrary<ScopedCase> equalCases() {
        return ScopeArbitraries.cases(false);
    }

    /** A case and another generated set of measurements for its first scope. */
    record Changed(ScopedCase base, List<Measurement> otherFirstScope) {
    }

    @Provide
    Arbitrary<Changed> changed() {
        return ScopeArbitraries.cases().flatMap(c -> ScopeArbitraries.measurements(c.agreement())
                .map(other -> new Changed(c, other.in(c.agreement().scopes().get(0).id()))));
    }

    @Property(tries = 250)
    void withoutVolumesTheRollUpIsTheMeanOfTheDefinedScopeScores(@ForAll("equalCases") ScopedCase c) {
        ScopeScorecards s = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, c.measurements());
        List<BigDecimal> defined = s.scopes().values().stream().flatMap(x -> x.score().stream()).toList();
        assertEquals(ScopeScorecards.RollUp.EQUAL, s.rule());
        assertEquals(defined.size() + s.leftOut().size(), c.agreement().scopes().size());
        if (defined.isEmpty()) {
            assertEquals(Optional.empty(), s.rolledUpScore());
            return;
        }
        BigDecimal mean = defined.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(defined.size()), c.agreement().precision().scoreDecimals(), RoundingMode.HALF_EVEN);
        assertEquals(0, mean.compareTo(s.rolledUpScore().orElseThrow()), mean + " vs " + s.rolledUpScore());
    }

    @Property(tries = 250)
    void equalVolumesRollUpLikeNoVolumes(@ForAll("equalCases") ScopedCase c, @ForAll("volume") BigDecimal volume) {
        List<Scope> same = c.agreement().scopes().stream().map(x -> Scope.of(x.id(), x.name(), volume)).toList();
        Agreement weighted = c.agreement().withScopes(same);
        ScopeScorecards equal = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, c.measurements());
        ScopeScorecards byVolume = CALCULATOR.calculate(weighted, ScopeArbitraries.MONTH, c.measurements());
        assertEquals(ScopeScorecards.RollUp.VOLUME_WEIGHTED, byVolume.rule());
        assertEquals(equal.rolledUpScore().map(BigDecimal::stripTrailingZeros),
                byVolume.rolledUpScore().map(BigDecimal::stripTrailingZeros));
    }

    @Provide
    Arbitrary<BigDecimal> volume() {
        return net.jqwik.api.Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("10000")).ofScale(1);
    }

    @Property(tries = 250)
    void theRollUpLiesBetweenTheLowestAndHighestScopeScore(@ForAll("cases") ScopedCase c) {
        ScopeScorecards s = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, c.measurements());
        List<BigDecimal> defined = s.scopes().values().stream().flatMap(x -> x.score().stream()).toList();
        assertEquals(defined.isEmpty(), s.rolledUpScore().isEmpty());
        s.rolledUpScore().ifPresent(r -> {
            assertTrue(r.compareTo(Collections.min(defined)) >= 0, r + " below " + defined);
            assertTrue(r.compareTo(Collections.max(defined)) <= 0, r + " above " + defined);
        });
    }

    @Property(tries = 250)
    void aScopeDoesNotChangeWhenOnlyAnotherScopeChanges(@ForAll("changed") Changed x) {
        ScopedCase c = x.base();
        String first = c.agreement().scopes().get(0).id();
        List<Measurement> changed = new ArrayList<>(c.measurements().stream()
                .filter(m -> m.scope().filter(first::equals).isEmpty()).toList());
        changed.addAll(x.otherFirstScope());
        ScopeScorecards before = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, c.measurements());
        ScopeScorecards after = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, changed);
        for (Scope s : c.agreement().scopes().subList(1, c.agreement().scopes().size())) {
            assertSameCard(before.scope(s.id()).orElseThrow(), after.scope(s.id()).orElseThrow());
        }
    }

    @Property(tries = 250)
    void theResultDoesNotDependOnTheOrderOfTheMeasurements(@ForAll("cases") ScopedCase c, @ForAll long seed) {
        List<Measurement> shuffled = new ArrayList<>(c.measurements());
        Collections.shuffle(shuffled, new Random(seed));
        ScopeScorecards a = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, c.measurements());
        ScopeScorecards b = CALCULATOR.calculate(c.agreement(), ScopeArbitraries.MONTH, shuffled);
        assertEquals(a.rolledUpScore(), b.rolledUpScore());
        assertEquals(a.leftOut(), b.leftOut());
        assertEquals(a.unscoped(), b.unscoped());
        for (String id : a.scopes().keySet()) {
            assertSameCard(a.scope(id).orElseThrow(), b.scope(id).orElseThrow());
        }
    }

    private static void assertSameCard(Scorecard a, Scorecard b) {
        assertEquals(a.score(), b.score());
        assertEquals(a.lines().stream().map(l -> l.kpiId() + " " + l.status() + " " + l.attainment()).toList(),
                b.lines().stream().map(l -> l.kpiId() + " " + l.status() + " " + l.attainment()).toList());
    }
}
