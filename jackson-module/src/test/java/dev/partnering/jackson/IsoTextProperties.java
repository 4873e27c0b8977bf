package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import dev.partnering.jackson.common.internal.IsoText;

/** The format's fast ISO-8601 text is exactly the JDK's, for every instant and date. */
class IsoTextProperties {

    @Property
    void wholeSecondInstantsAsTheJdkWritesThem(@ForAll @LongRange(min = -100_000_000_000L, max = 300_000_000_000L) long second) {
        Instant t = Instant.ofEpochSecond(second);
        assertEquals(t.toString(), IsoText.instant(t));
    }

    @Property
    void instantsWithAFractionAsTheJdkWritesThem(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant t = Instant.ofEpochSecond(second, nanos);
        assertEquals(t.toString(), IsoText.instant(t));
    }

    @Property
    void datesAsTheJdkWritesThem(@ForAll @LongRange(min = -1_000_000, max = 3_000_000) long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        assertEquals(d.toString(), IsoText.date(d));
    }

    @Example
    void theEdgesOfTheFastPath() {
        // the first and last whole seconds of four-digit years after 1970, and one either side
        for (String s : new String[] {"1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z", "2026-04-01T08:00:00Z", "2024-02-29T23:59:59Z"}) {
            assertEquals(s, IsoText.instant(Instant.parse(s)));
        }
        for (String s : new String[] {"1000-01-01", "0999-12-31", "9999-12-31", "+10000-01-01", "-0001-01-01"}) {
            assertEquals(s, IsoText.date(LocalDate.parse(s)));
        }
    }
}
