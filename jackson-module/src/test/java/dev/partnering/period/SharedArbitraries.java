package dev.partnering.period;

import net.jqwik.api.Arbitrary;

/** Core's reporting period generators ({@code ReportingPeriodProperties}) for the Jackson module's tests. */
public final class SharedArbitraries {

    private SharedArbitraries() {
    }

    /** @return months, quarters and years from year 1 to 9999 */
    public static Arbitrary<ReportingPeriod> periods() {
        return new ReportingPeriodProperties().periods();
    }
}
