package dev.partnering.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.partnering.ThoroughTries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * {@link ReportingPeriod#plus} of a month hands out the shared month (no dates computed) and is
 * exactly the general definition: the month {@code k} months on, with its first and last day, its
 * granularity, its text and its order, inside and outside the cached years (1950 to 2099) and at the
 * edges of the years 1 to 9999.
 */
@AddLifecycleHook(ThoroughTries.class)
class ReportingPeriodPlusProperties {

    @Property
    void aMonthMovedIsTheMonthThatManyMonthsOn(@ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = -2400, max = 2400) int k) {
        ReportingPeriod p = ReportingPeriod.month(year, month);
        YearMonth expected = YearMonth.of(year, month).plusMonths(k);
        if (expected.getYear() < 1 || expected.getYear() > 9999) {
            org.junit.jupiter.api.Assertions.assertThrows(dev.partnering.ValidationException.class, () -> p.plus(k));
            return;
        }
        ReportingPeriod moved = p.plus(k);
        LocalDate start = expected.atDay(1);
        assertEquals(Granularity.MONTH, moved.granularity());
        assertEquals(start, moved.start());
        assertEquals(expected.atEndOfMonth(), moved.end());
        assertEquals(ReportingPeriod.containing(Granularity.MONTH, start), moved);
        assertEquals(ReportingPeriod.containing(Granularity.MONTH, start).hashCode(), moved.hashCode());
        assertEquals(ReportingPeriod.containing(Granularity.MONTH, start).toString(), moved.toString());
        assertEquals(Integer.signum(Integer.compare(k, 0)), Integer.signum(moved.compareTo(p)));
    }
}
