package dev.partnering.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import dev.partnering.testkit.PartneringArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReportingPeriodProperties {

    @Property
    void parseOfToStringIsIdentity(@ForAll("periods") ReportingPeriod period) {
        assertEquals(period, ReportingPeriod.parse(period.toString()));
    }

    @Property
    void splitPartsCoverThePeriodExactly(@ForAll("periods") ReportingPeriod period, @ForAll Granularity finer) {
        if (!period.granularity().isCoarserThanOrEqualTo(finer)) {
            return;
        }
        List<ReportingPeriod> parts = period.split(finer);
        assertEquals(period.granularity().months() / finer.months(), parts.size());
        assertEquals(period.start(), parts.get(0).start());
        assertEquals(period.end(), parts.get(parts.size() - 1).end());
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(finer, parts.get(i).granularity());
            assertTrue(period.contains(parts.get(i)));
            if (i > 0) {
                // no gap, no overlap
                assertEquals(parts.get(i - 1).end().plusDays(1), parts.get(i).start());
            }
        }
    }

    @Property
    void nextStartsTheDayAfterTheEnd(@ForAll("periods") ReportingPeriod period) {
        if (period.year() == 9999) {
            return;
        }
        assertEquals(period.end().plusDays(1), period.next().start());
        assertEquals(period, period.next().previous());
        assertTrue(period.compareTo(period.next()) < 0);
    }

    @Property
    void plusIsAdditive(@ForAll("periods") ReportingPeriod period,
            @ForAll @IntRange(min = -40, max = 40) int a, @ForAll @IntRange(min = -40, max = 40) int b) {
        if (period.year() < 100 || period.year() > 9900) {
            return;
        }
        assertEquals(period.plus(a + b), period.plus(a).plus(b));
    }

    @Property
    void orderingFollowsStartDatesThenFinerFirst(@ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        int byStart = a.start().compareTo(b.start());
        int expected = byStart != 0 ? byStart : a.granularity().compareTo(b.granularity());
        assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)));
        assertEquals(a.compareTo(b) == 0, a.equals(b));
    }

    @Property
    void thePeriodContainingADateContainsIt(@ForAll("dates") LocalDate date, @ForAll Granularity granularity) {
        ReportingPeriod period = ReportingPeriod.containing(granularity, date);
        assertTrue(period.contains(date));
        assertEquals(granularity, period.granularity());
    }

    @Property
    void aCoarserPeriodContainsAFinerOneIfAndOnlyIfItContainsItsDates(
            @ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
        assertEquals(a.contains(b.start()) && a.contains(b.end()), a.contains(b));
    }

    /** Every granularity in any year from 1 to 9999, and often in the years around 2026, so that periods also meet. */
    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Arbitraries.oneOf(PartneringArbitraries.periods().betweenYears(1, 9999), PartneringArbitraries.periods());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
