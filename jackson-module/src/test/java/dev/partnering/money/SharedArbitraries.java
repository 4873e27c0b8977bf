package dev.partnering.money;

import net.jqwik.api.Arbitrary;

import dev.partnering.testkit.PartneringArbitraries;

/** The testkit's money arbitraries for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /** @return amounts in the testkit's currencies and scales */
    public static Arbitrary<Money> money() {
        return PartneringArbitraries.money();
    }
}
