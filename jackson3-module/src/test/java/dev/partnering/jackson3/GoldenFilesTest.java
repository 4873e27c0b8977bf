package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DatabindException;

import dev.partnering.jackson.GoldenValues;

/**
 * The golden files of format version 1 (the Jackson 2 module's, {@code jackson-module/src/test/resources/format/v1},
 * with the values its fixtures build), with Jackson 3: every file whose kind Jackson 3 supports is
 * read to the fixture's value and the value is written back byte for byte; every other file is
 * refused, saying why (a result written only, or a type that has no shared mix-in yet). Which kinds
 * are supported follows from the shared mix-ins; at least the ones listed here must be.
 */
class GoldenFilesTest {

    /** The files Jackson 3 must read; the set only grows as types move to mix-ins. */
    static final Set<String> READ = Set.of("measurements.json");

    /** The files Jackson 3 must write byte for byte; the set only grows as types move to mix-ins. */
    static final Set<String> WRITTEN = Set.of("measurements.json", "readiness-report.json", "opening-balance.json");

    static Stream<String> files() throws IOException {
        return Json3Testing.goldenFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileIsReadAsTheFixtureOrRefusedSayingWhy(String file) throws IOException {
        dev.partnering.jackson.PartneringDocument expected = GoldenValues.v1().get(file).get();
        String text = Json3Testing.golden(file);
        try {
            PartneringDocument read = Json3Testing.MAPPER.readValue(text, PartneringDocument.class);
            assertEquals(expected.kind(), read.kind());
            assertEquals(expected.value(), read.value());
            assertEquals(PartneringDocument.of(expected.kind(), expected.value()), read);
        } catch (PartneringJsonException e) {
            assertTrue(!READ.contains(file), file + " must be read by Jackson 3: " + e.getMessage());
            for (PartneringJsonException.Problem p : e.problems()) {
                assertTrue(p.message().contains("cannot be read with Jackson 3 yet")
                        || p.message().contains("is written only, never read back"), p.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileIsWrittenByteForByteOrRefusedSayingWhy(String file) throws IOException {
        dev.partnering.jackson.PartneringDocument expected = GoldenValues.v1().get(file).get();
        PartneringDocument doc = PartneringDocument.of(expected.kind(), expected.value());
        try {
            assertEquals(Json3Testing.golden(file), Json3Testing.GOLDEN_WRITER.writeValueAsString(doc) + "\n");
        } catch (DatabindException e) {
            assertTrue(!WRITTEN.contains(file), file + " must be written by Jackson 3: " + e.getMessage());
            assertTrue(e.getOriginalMessage().contains("cannot be written with Jackson 3 yet"), e.getMessage());
        }
    }

    @Test
    void everyGoldenFileIsTested() throws IOException {
        assertEquals(GoldenValues.v1().keySet(), new TreeSet<>(Json3Testing.goldenFiles()));
        assertEquals(30, Json3Testing.goldenFiles().size(), "the Jackson 2 module's golden files are found");
    }

    /** Lists which files Jackson 3 reads and writes today (for the README), and that the promised ones are among them. */
    @Test
    void theSupportedFilesAreListed() throws IOException {
        Set<String> read = new TreeSet<>();
        Set<String> written = new TreeSet<>();
        for (String file : Json3Testing.goldenFiles()) {
            dev.partnering.jackson.PartneringDocument expected = GoldenValues.v1().get(file).get();
            String text = Json3Testing.golden(file);
            try {
                Json3Testing.MAPPER.readValue(text, PartneringDocument.class);
                read.add(file);
            } catch (PartneringJsonException e) {
                // refused: not listed
            }
            try {
                PartneringDocument doc = PartneringDocument.of(expected.kind(), expected.value());
                if ((Json3Testing.GOLDEN_WRITER.writeValueAsString(doc) + "\n").equals(text)) {
                    written.add(file);
                }
            } catch (DatabindException e) {
                // refused: not listed
            }
        }
        System.out.println("Jackson 3 reads " + read + "\nJackson 3 writes " + written);
        assertTrue(read.containsAll(READ), read.toString());
        assertTrue(written.containsAll(WRITTEN), written.toString());
    }
}
