package dev.partnering.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class ExtensionOptionTest {

    @Test
    void oneYearWithSixMonthsNotice() {
        ExtensionOption o = ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6));
        assertEquals(Period.ofYears(1), o.duration());
        assertEquals(Period.ofMonths(6), o.noticePeriod());
    }

    @Test
    void noNoticeIsAllowed() {
        assertEquals(Period.ZERO, ExtensionOption.of(Period.ofMonths(6), Period.ZERO).noticePeriod());
    }

    @Test
    void durationMustBePositive() {
        ValidationException e = assertThrows(ValidationException.class, () -> ExtensionOption.of(Period.ZERO, Period.ZERO));
        assertEquals(List.of(Violation.of("duration", Period.ZERO, "extension option duration P0D must be positive")),
                e.violations());
        assertThrows(ValidationException.class, () -> ExtensionOption.of(Period.ofYears(-1), Period.ZERO));
    }

    @Test
    void aDurationWithANegativePartIsNotPositive() {
        // P1Y-1M is 11 months in total, but mixed signs are refused rather than guessed at
        assertThrows(ValidationException.class, () -> ExtensionOption.of(Period.of(1, -1, 0), Period.ZERO));
    }

    @Test
    void noticeMustNotBeNegative() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ExtensionOption.of(Period.ofYears(1), Period.ofMonths(-6)));
        assertEquals(List.of(Violation.of("noticePeriod", Period.ofMonths(-6),
                "extension option notice period P-6M must not be negative")), e.violations());
    }

    @Test
    void reportsBothAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ExtensionOption.of(Period.ofDays(-1), Period.ofDays(-1)));
        assertEquals(List.of("duration", "noticePeriod"), e.violations().stream().map(Violation::path).toList());
    }
}
