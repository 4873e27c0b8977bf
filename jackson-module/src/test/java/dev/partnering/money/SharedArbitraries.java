package dev.partnering.money;

import net.jqwik.api.Arbitrary;

/** Core's money generators ({@code MoneyProperties}, package-private there) for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /** @return amounts of scale 0 to 4 in SEK, EUR, JPY or BHD */
    public static Arbitrary<Money> money() {
        return new MoneyProperties().money();
    }
}
