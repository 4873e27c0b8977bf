package dev.partnering.health;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import dev.partnering.internal.Decimals;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.Balance;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HealthProperties {

    @Property
    void raisingAnyPillarNeverWorsensTheStatus(@ForAll("inputs") HealthInputs inputs, @ForAll Pillar pillar,
            @ForAll("raises") BigDecimal raise, @ForAll("policies") HealthPolicy policy) {
        HealthCalculator calculator = HealthCalculator.of(policy);
        Optional<HealthStatus> before = calculator.assess(inputs).status();
        Optional<BigDecimal> score = inputs.score(pillar);
        HealthInputs raised = with(inputs, pillar, score.map(s -> s.add(raise).min(Decimals.HUNDRED)));
        Optional<HealthStatus> after = calculator.assess(raised).status();
        assertTrue(before.isEmpty() || after.orElseThrow().compareTo(before.get()) >= 0,
                "raising " + pillar + " by " + raise + " turned " + before + " into " + after);
    }

    @Property
    void scoreStaysWithinZeroAndHundred(@ForAll("inputs") HealthInputs inputs, @ForAll("policies") HealthPolicy policy) {
        HealthCalculator.of(policy).assess(inputs).score().ifPresent(s ->
                assertTrue(s.signum() >= 0 && s.compareTo(Decimals.HUNDRED) <= 0, s.toPlainString()));
    }

    private static HealthInputs with(HealthInputs in, Pillar pillar, Optional<BigDecimal> value) {
        return HealthInputs.builder().period(in.period())
                .performance(pillar == Pillar.PERFORMANCE ? value : in.performance())
                .trustIndex(pillar == Pillar.TRUST ? value : in.trustIndex())
                .governanceScore(pillar == Pillar.GOVERNANCE ? value : in.governanceScore())
                .trustBalance(in.trustBalance()).addAllConcerns(in.concerns()).build();
    }

    private static Arbitrary<Optional<BigDecimal>> scores() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, Decimals.HUNDRED).ofScale(2).optional(0.8);
    }

    @Provide
    Arbitrary<BigDecimal> raises() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, Decimals.HUNDRED).ofScale(2);
    }

    @Provide
    Arbitrary<HealthInputs> inputs() {
        return Combinators.combine(scores(), scores(), scores(), Arbitraries.of(Balance.class).optional(0.7))
                .as((p, t, g, b) -> HealthInputs.builder().period(ReportingPeriod.quarter(2026, 1)).performance(p)
                        .trustIndex(t).governanceScore(g).trustBalance(b).build());
    }

    @Provide
    Arbitrary<HealthPolicy> policies() {
        Arbitrary<BigDecimal> weight = Arbitraries.integers().between(0, 3).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> threshold = Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf);
        return Combinators.combine(weight, weight, weight, threshold, threshold, threshold)
                .filter((p, t, g, a, b, f) -> p.signum() + t.signum() + g.signum() > 0)
                .as((p, t, g, a, b, f) -> HealthPolicy.builder().performanceWeight(p).trustWeight(t).governanceWeight(g)
                        .amberFrom(a.min(b)).greenFrom(a.max(b)).pillarFloor(f).build());
    }
}
