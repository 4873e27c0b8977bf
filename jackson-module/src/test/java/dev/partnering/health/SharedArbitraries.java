package dev.partnering.health;

import net.jqwik.api.Arbitrary;

/** Core's health generators ({@code HealthProperties}) for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /** @return inputs of 2026-Q1 with each pillar score (0-100, scale 2) and the trust balance often present */
    public static Arbitrary<HealthInputs> inputs() {
        return new HealthProperties().inputs();
    }

    /** @return policies with weights 0-3 (at least one positive) and whole-number thresholds */
    public static Arbitrary<HealthPolicy> policies() {
        return new HealthProperties().policies();
    }
}
