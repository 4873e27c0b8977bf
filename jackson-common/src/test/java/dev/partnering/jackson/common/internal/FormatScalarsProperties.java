package dev.partnering.jackson.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import dev.partnering.kpi.Direction;
import dev.partnering.period.ReportingPeriod;

/** The format's scalars: decimal limits, exact decimals, instants, durations, enums and the words of refusals. */
class FormatScalarsProperties {

    @Property
    void aDecimalIsWithinTheLimitsExactlyWhenItsDigitsAndScaleAre(@ForAll @IntRange(min = 1, max = 120) int digits,
            @ForAll @IntRange(min = -130, max = 130) int scale) {
        BigDecimal v = new BigDecimal(BigInteger.TEN.pow(digits - 1), scale); // exactly `digits` significant digits
        boolean within = digits <= FormatScalars.MAX_DECIMAL_DIGITS && Math.abs(scale) <= FormatScalars.MAX_DECIMAL_SCALE;
        assertEquals(within, FormatScalars.beyondLimits(v) == null, v.toString());
        if (within) {
            assertSame(v, FormatScalars.limited(v));
        } else {
            FormatScalars.Refused e = assertThrows(FormatScalars.Refused.class, () -> FormatScalars.limited(v));
            assertEquals("decimal " + Texts.abbreviate(v.toString()) + " is beyond the limits: at most 100 significant"
                    + " digits and a scale from -100 to 100", e.getMessage());
        }
    }

    @Property
    void aDecimalIsWrittenAndReadBackExactlyWithItsScale(@ForAll long unscaled,
            @ForAll @IntRange(min = -100, max = 100) int scale) {
        BigDecimal v = BigDecimal.valueOf(unscaled, scale);
        String text = FormatScalars.format(v);
        // equals, not compareTo: 99.50 stays 99.50, 1E+3 stays 1E+3
        assertEquals(v, FormatScalars.decimal(text));
        assertEquals(v, FormatScalars.fromText(FormatScalars.of(BigDecimal.class), text));
    }

    @Test
    void decimalTextsTheFormatRefuses() {
        // 257 characters: one more than the 256 a decimal may be written in
        assertEquals("a decimal of 257 characters is longer than the 256 allowed",
                assertThrows(FormatScalars.Refused.class, () -> FormatScalars.decimal("1".repeat(257))).getMessage());
        assertEquals("\"NaN\" is not a decimal number",
                assertThrows(FormatScalars.Refused.class, () -> FormatScalars.decimal("NaN")).getMessage());
        assertEquals("99.50", FormatScalars.format(new BigDecimal("99.50")));
        assertEquals("1E+3", FormatScalars.format(new BigDecimal("1E+3")));
    }

    @Property
    void theFastInstantParseAgreesWithJava(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(max = 13) int month,
            @ForAll @IntRange(max = 32) int day, @ForAll @IntRange(max = 24) int hour, @ForAll @IntRange(max = 60) int minute,
            @ForAll @IntRange(max = 60) int second) {
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second);
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeException e) {
            assertThrows(DateTimeException.class, () -> FormatScalars.parseInstant(text));
            return;
        }
        assertEquals(expected, FormatScalars.parseInstant(text));
    }

    @Property
    void aDurationIsWrittenSoThatItReadsBackEqual(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long seconds,
            @ForAll @IntRange(min = 0, max = 2) int shape) {
        Duration d = shape == 0 ? Duration.ofDays(seconds % 10_000) : shape == 1 ? Duration.ofSeconds(seconds)
                : Duration.ofSeconds(seconds, 500_000_000);
        String text = FormatScalars.format(d);
        assertEquals(d, Duration.parse(text));
        if (shape == 0) {
            assertEquals("P" + d.toDays() + "D", text);
        }
    }

    @Property
    void anEnumIsReadByItsExactNameOnly(@ForAll Direction direction, @ForAll @StringLength(max = 3) String noise) {
        FormatScalars.Scalar<?> scalar = FormatScalars.of(Direction.class);
        assertSame(direction, FormatScalars.fromText(scalar, direction.name()));
        String other = direction.name().toLowerCase() + noise;
        FormatScalars.Refused e = assertThrows(FormatScalars.Refused.class, () -> FormatScalars.fromText(scalar, other));
        assertEquals(FormatScalars.notOneOf(Direction.class, other), e.getMessage());
        assertNull(FormatScalars.enumConstant(Direction.class, other));
    }

    @Test
    void theWordsOfRefusals() {
        assertEquals("\"x\" is not one of HIGHER_IS_BETTER, LOWER_IS_BETTER, BINARY", FormatScalars.notOneOf(Direction.class, "x"));
        assertEquals("expected a whole number from -2147483648 to 2147483647, found a string",
                FormatScalars.notAWholeNumber(true, "a string"));
        assertEquals("expected a whole number from -9223372036854775808 to 9223372036854775807, found 1e3",
                FormatScalars.notAWholeNumber(false, "1e3"));
        FormatScalars.Refused date = assertThrows(FormatScalars.Refused.class,
                () -> FormatScalars.fromText(FormatScalars.of(java.time.LocalDate.class), "2026-02-30"));
        assertEquals("\"2026-02-30\" is not an ISO-8601 date such as 2026-03-31", date.getMessage());
        assertNull(date.rules());
        // a rule of the domain broken by the text keeps the domain's own words and violations
        FormatScalars.Refused currency = assertThrows(FormatScalars.Refused.class,
                () -> FormatScalars.fromText(FormatScalars.of(Currency.class), "SEKK"));
        assertEquals(currency.rules().getMessage(), currency.getMessage());
        assertEquals(ReportingPeriod.parse("2026-Q1"), FormatScalars.fromText(FormatScalars.of(ReportingPeriod.class), "2026-Q1"));
        assertNull(FormatScalars.of(Object.class));
    }

    @Test
    void whatAParserIsOnInWordsForBothJacksonLines() {
        assertEquals("an object", FormatScalars.found("FIELD_NAME")); // Jackson 2
        assertEquals("an object", FormatScalars.found("PROPERTY_NAME")); // Jackson 3
        assertEquals("an array", FormatScalars.found("START_ARRAY"));
        assertEquals("a number", FormatScalars.found("VALUE_NUMBER_FLOAT"));
        assertEquals("null", FormatScalars.found("VALUE_NULL"));
        assertEquals("nothing", FormatScalars.found(null));
    }
}
