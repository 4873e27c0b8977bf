package dev.partnering.jackson.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The bounds on what a message echoes: values, words and whole messages. */
class TextsProperties {

    /** The longest tail {@link Texts#abbreviate} adds: "… (" + a length of at most 10 digits + " characters)". */
    private static final int ECHO_TAIL = "… (".length() + 10 + " characters)".length();

    @Property
    void aShortValueIsEchoedWholeALongOneByItsStartAndLength(@ForAll @StringLength(max = 200) String text) {
        String echoed = Texts.abbreviate(text);
        if (text.length() <= Texts.ECHO_LENGTH) {
            assertEquals(text, echoed);
        } else {
            assertEquals(text.substring(0, Texts.ECHO_LENGTH) + "… (" + text.length() + " characters)", echoed);
        }
    }

    @Property
    void aMessageIsBoundedWhateverItHolds(@ForAll @StringLength(max = 3_000) @Chars({'a', ' ', '\'', '"', ':', ','})
            String message) {
        String bounded = Texts.abbreviateWords(message);
        // at most the message length, one abbreviated word's tail and quotes past it, and the cut's note
        int most = Texts.MESSAGE_LENGTH + Texts.ECHO_LENGTH + ECHO_TAIL + 2 + "… (message of 3000 characters cut)".length();
        assertTrue(bounded.length() <= most, bounded.length() + " > " + most);
        for (String word : bounded.split("\\s+")) {
            assertTrue(word.length() <= Math.max(Texts.WORD_LENGTH, Texts.ECHO_LENGTH + ECHO_TAIL + 3), word);
        }
    }

    @Property
    void aMessageOfShortWordsWithinTheLengthIsKeptAsItIs(@ForAll @StringLength(max = Texts.MESSAGE_LENGTH)
            @Chars({'a', 'b', ' ', '\'', '.'}) String words, @ForAll @IntRange(min = 1, max = Texts.WORD_LENGTH) int cut) {
        // break every run of non-spaces at most `cut` long, so that no word is longer than WORD_LENGTH
        StringBuilder sb = new StringBuilder();
        int run = 0;
        for (char c : words.toCharArray()) {
            run = c == ' ' ? 0 : run + 1;
            if (run > cut) {
                c = ' ';
                run = 0;
            }
            sb.append(c);
        }
        String message = sb.toString();
        assertEquals(message, Texts.abbreviateWords(message));
    }

    @Test
    void aLongQuotedWordKeepsItsQuotesAndPunctuation() {
        String value = "x".repeat(150);
        // 150 x's: the first 40 kept, the length told, the quotes and the colon after them kept
        assertEquals("unknown '" + "x".repeat(40) + "… (150 characters)': here",
                Texts.abbreviateWords("unknown '" + value + "': here"));
        assertEquals("", Texts.abbreviateWords(null));
    }

    @Test
    void aMessageLongerThanTheLimitIsCutAndSaysSo() {
        String message = "word ".repeat(400); // 2,000 characters of short words
        assertEquals(message.substring(0, Texts.MESSAGE_LENGTH) + "… (message of 2000 characters cut)",
                Texts.abbreviateWords(message));
    }

    @Test
    void articles() {
        assertEquals("an", Texts.article("agreement"));
        assertEquals("an", Texts.article("Escalation"));
        assertEquals("a", Texts.article("measurement"));
    }
}
