package dev.partnering.testkit.internal;

import java.util.List;

import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.ReportingPeriodArbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link ReportingPeriodArbitrary} behind {@code PartneringArbitraries.periods()}. */
public final class DefaultReportingPeriodArbitrary extends ArbitraryDecorator<ReportingPeriod>
        implements ReportingPeriodArbitrary {

    private static final int READABLE_YEAR = 2026;

    private List<Granularity> granularities = List.of(Granularity.values());
    private int firstYear = 2020;
    private int lastYear = 2030;

    @Override
    protected Arbitrary<ReportingPeriod> arbitrary() {
        Arbitrary<Integer> years = Arbitraries.integers().between(firstYear, lastYear)
                .shrinkTowards(Math.max(firstYear, Math.min(lastYear, READABLE_YEAR)));
        return Combinators.combine(Arbitraries.of(granularities), years, Arbitraries.integers().between(1, 12))
                .as(DefaultReportingPeriodArbitrary::period);
    }

    /** @return the period of the granularity in the year that contains the month, 1 to 12 */
    static ReportingPeriod period(Granularity granularity, int year, int month) {
        switch (granularity) {
            case MONTH:
                return ReportingPeriod.month(year, month);
            case QUARTER:
                return ReportingPeriod.quarter(year, (month + 2) / 3);
            default:
                return ReportingPeriod.year(year);
        }
    }

    @Override
    public ReportingPeriodArbitrary ofGranularity(Granularity... granularities) {
        Checks.require(granularities.length > 0, "periods().ofGranularity() needs at least one granularity");
        DefaultReportingPeriodArbitrary clone = typedClone();
        clone.granularities = List.of(granularities);
        return clone;
    }

    @Override
    public ReportingPeriodArbitrary betweenYears(int firstYear, int lastYear) {
        Checks.require(firstYear >= 1 && lastYear <= 9999 && firstYear <= lastYear, "periods().betweenYears(" + firstYear
                + ", " + lastYear + "): the years must be from 1 to 9999, the first not after the last");
        DefaultReportingPeriodArbitrary clone = typedClone();
        clone.firstYear = firstYear;
        clone.lastYear = lastYear;
        return clone;
    }
}
