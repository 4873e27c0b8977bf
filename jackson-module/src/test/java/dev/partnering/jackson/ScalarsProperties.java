package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path of instant parsing (FormatScalars, shared by both modules) gives what {@link Instant#parse} gives: the same value or an error. */
class ScalarsProperties {

    @Provide
    Arbitrary<String> instants() {
        Arbitrary<String> canonical = Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L)
                .map(s -> Instant.ofEpochSecond(s).toString());
        // canonical shapes with any digits in each place: invalid months, days, hours, leap days, 24:00, :60
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789").ofLength(14).map(d ->
                d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8) + "T" + d.substring(8, 10) + ":"
                        + d.substring(10, 12) + ":" + d.substring(12, 14) + "Z");
        Arbitrary<String> odd = Arbitraries.of("2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-12-31T23:59:60Z",
                "2026-01-01T24:00:00Z", "2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00+01:00", "2026-01-01 00:00:00Z",
                "２０２６-01-01T00:00:00Z", "2026-1-01T00:00:00Z", "");
        return Arbitraries.oneOf(canonical, shaped, odd);
    }

    @Property
    void fastInstantParsingAgreesWithInstantParse(@ForAll("instants") String text) {
        String expected;
        try {
            expected = Instant.parse(text).toString();
        } catch (DateTimeParseException e) {
            expected = "error";
        }
        String actual;
        try {
            actual = dev.partnering.jackson.common.internal.FormatScalars.parseInstant(text).toString();
        } catch (DateTimeParseException e) {
            actual = "error";
        }
        assertEquals(expected, actual, text);
    }
}
