package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.partnering.ThoroughTries;

/**
 * No rejected value makes a message large: wherever a long value sits (an id, an enum, a decimal, a
 * field name, a map key, a value a domain rule quotes), the message echoes at most its first 40
 * characters and its length (a value a rule quotes: whole up to 100 characters without a space).
 */
@AddLifecycleHook(ThoroughTries.class)
class EchoedValuesProperties {

    /** A mapper without the string limit of {@link PartneringJson#mapper()}: the module itself must bound messages. */
    private static final ObjectMapper UNLIMITED = JsonTesting.PLAIN;

    private static final String AGREEMENT = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");

    /** Ways to put a long text where the document refuses it. */
    private static final java.util.List<UnaryOperator<String>> PLACES = java.util.List.of(
            // an owner that is no party: the domain's rule quotes it
            v -> AGREEMENT.replace("\"owner\" : \"acme\"", "\"owner\" : \"" + v + "\""),
            // an unknown party kind
            v -> AGREEMENT.replaceFirst("\"kind\" : \"CUSTOMER\"", "\"kind\" : \"" + v + "\""),
            // an unknown field
            v -> AGREEMENT.replaceFirst("\"lead\" : false", "\"lead\" : false, \"" + v + "\" : 1"),
            // a decimal that is no number
            v -> AGREEMENT.replace("\"target\" : \"99.5\"", "\"target\" : \"" + v + "\""),
            // a currency that is no currency
            v -> AGREEMENT.replaceFirst("\"currency\" : \"SEK\"", "\"currency\" : \"" + v + "\""),
            // the first KPI renamed: the rules that refer to it by its old id list the new one
            v -> AGREEMENT.replaceFirst("\"availability\"", "\"" + v + "\""));

    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.integers().between(41, 200_000)
                .flatMap(n -> Arbitraries.of('a', 'b', ' ', '-').list().ofSize(1).map(c -> repeat(c.get(0), n)));
    }

    private static String repeat(char c, int n) {
        // a word without spaces, or with spaces, of n characters
        return c == ' ' ? ("ab ".repeat(n / 3 + 1)).substring(0, n) : String.valueOf(c).repeat(n);
    }

    @Property(tries = 100)
    void aMessageNeverEchoesALongValueWhole(@ForAll("longTexts") String value, @ForAll @IntRange(min = 0, max = 5) int place) {
        String json = PLACES.get(place).apply(value);
        Exception e = assertThrows(Exception.class, () -> UNLIMITED.readValue(json, PartneringDocument.class));
        assertTrue(e instanceof PartneringJsonException, e.getClass() + ": " + e.getMessage());
        String message = e.getMessage();
        // the document's problems and Jackson's location line, whatever the length of the value
        assertTrue(message.length() < 2_500, () -> message.length() + " characters: " + message.substring(0, 3_000));
        if (value.indexOf(' ') < 0 && value.length() > 100) {
            // a word longer than 100 characters is never echoed whole
            assertTrue(!message.contains(value), message);
        }
    }

    @Test
    void aFiveMegabyteIdGivesAShortMessage() {
        String id = "x".repeat(5_000_000);
        String json = AGREEMENT.replace("\"owner\" : \"acme\"", "\"owner\" : \"" + id + "\"");
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> UNLIMITED.readValue(json, PartneringDocument.class));
        assertTrue(e.getMessage().length() < 1_000, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("x".repeat(40) + "… (5000000 characters)"), e.getMessage());
    }
}
