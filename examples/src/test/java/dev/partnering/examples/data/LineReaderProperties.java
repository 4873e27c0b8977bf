package dev.partnering.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The bounded line reader splits lines exactly as {@link BufferedReader#readLine()} does, and
 * never holds more than its limit (plus one buffer) of a line that goes on.
 */
class LineReaderProperties {

    @Provide
    Arbitrary<String> texts() {
        // short lines with every kind of line end, also across the reader's 64 KiB buffer
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.strings().withChars("ab,\"x").ofMaxLength(20),
                Arbitraries.of("\n", "\r", "\r\n", "\n\n", "\r\r\n"));
        return piece.list().ofMaxSize(60).map(l -> String.join("", l))
                .flatMap(s -> Arbitraries.of(s, "y".repeat(65_530) + s));
    }

    private static List<String> lines(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            lines.add(l);
        }
        return lines;
    }

    private static List<String> lines(LineReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l = in.next(); l != null; l = in.next()) {
            lines.add(l);
        }
        return lines;
    }

    @Property(tries = 150)
    void linesAreSplitAsBufferedReaderSplitsThem(@ForAll("texts") String text) throws IOException {
        assertEquals(lines(new BufferedReader(new StringReader(text))), lines(new LineReader(new StringReader(text), 1 << 20)));
    }

    @Property(tries = 30)
    void aLineLongerThanTheLimitStopsReadingWithinTheLimit(@ForAll @IntRange(min = 1, max = 100_000) int limit) {
        // an endless line: the reader gives up having read at most the limit and one buffer
        int[] read = {0};
        Reader endless = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, '0');
                read[0] += len;
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThrows(LineReader.LineTooLongException.class, () -> new LineReader(endless, limit).next());
        assertTrue(read[0] <= limit + (1 << 16), read[0] + " characters read");
    }

    @Property(tries = 100)
    void aProblemsMessageIsBoundedWhateverItQuotes(@ForAll @IntRange(min = 0, max = 2_000_000) int length) {
        String value = "v".repeat(length);
        InputProblem p = InputProblem.at("m.csv", 2, "value", "'" + value + "' is not a decimal number");
        assertTrue(p.toString().length() <= 1_200, p.toString().length() + " characters");
        assertTrue(length <= Abbreviation.WORD_LENGTH || p.message().contains("… (" + length + " characters)"), p.message());
    }
}
