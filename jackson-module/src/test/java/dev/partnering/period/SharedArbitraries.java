package dev.partnering.period;

import net.jqwik.api.Arbitrary;

import dev.partnering.testkit.PartneringArbitraries;

/** The testkit's reporting period arbitraries for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /** @return months, quarters and years */
    public static Arbitrary<ReportingPeriod> periods() {
        return PartneringArbitraries.periods();
    }
}
