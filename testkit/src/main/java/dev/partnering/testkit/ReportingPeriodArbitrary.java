package dev.partnering.testkit;

import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link ReportingPeriod}s: by default months, quarters and years from 2020 to 2030,
 * shrinking toward the first month of 2026.
 * <p>
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface ReportingPeriodArbitrary extends Arbitrary<ReportingPeriod> {

    /**
     * @param granularities  the granularities to choose from, at least one, shrinking toward the first, not null
     * @return an arbitrary of periods of those granularities, never null
     */
    ReportingPeriodArbitrary ofGranularity(Granularity... granularities);

    /**
     * @param firstYear  the earliest year, at least 1
     * @param lastYear  the latest year, at most 9999 and not before {@code firstYear}
     * @return an arbitrary of periods within those years, never null
     */
    ReportingPeriodArbitrary betweenYears(int firstYear, int lastYear);
}
