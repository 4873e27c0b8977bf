package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.partnering.jackson.GoldenValues;
import dev.partnering.jackson3.JsonModules.Doc;
import dev.partnering.jackson3.JsonModules.Refused;

/**
 * The golden files of format version 1 ({@code jackson-module/src/test/resources/format/v1}, with the
 * values the Jackson 2 tests' fixtures build), with each module: a file is read to the fixture's
 * value, and the value is written back byte for byte — by both modules, every file: no type of the
 * SDK is left to one module only. The results are written only: reading one is refused by both
 * modules alike; every other file is read by both (no module may refuse one).
 */
class BothModulesGoldenFilesTest {

    static Stream<Arguments> filesOfEachModule() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : Json3Testing.goldenFiles()) {
            for (JsonModules module : JsonModules.values()) {
                all.add(Arguments.of(file, module));
            }
        }
        return all.stream();
    }

    private static Doc fixture(String file) {
        dev.partnering.jackson.PartneringDocument d = GoldenValues.v1().get(file).get();
        return new Doc(d.kind(), d.value());
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("filesOfEachModule")
    void aFileIsReadAsTheFixtureOrAResultRefusedAlike(String file, JsonModules module) throws Exception {
        Doc expected = fixture(file);
        String text = Json3Testing.golden(file);
        Doc read;
        try {
            read = module.readDocument(text);
        } catch (Refused e) {
            assertFalse(e.problems().isEmpty());
            if (GoldenValues.writeOnly().contains(file)) {
                for (JsonModules.Problem p : e.problems()) {
                    assertTrue(p.message().contains("is written only, never read back"), p.toString());
                }
                // refused alike by both modules
                assertEquals(refusal(JsonModules.JACKSON2, text).problems(), e.problems());
                return;
            }
            throw new AssertionError(file + " must be read by " + module + ": " + e.getMessage(), e);
        }
        assertFalse(GoldenValues.writeOnly().contains(file), file + " is a result, written only, never read back");
        assertEquals(expected.kind(), read.kind());
        assertEquals(1, read.formatVersion());
        assertEquals(expected.value(), read.value());
        assertEquals(expected.value().hashCode(), read.value().hashCode());
        // nothing the equality misses: the value read is written (by Jackson 2, which writes every type) as the fixture
        assertEquals(JsonModules.JACKSON2.write(expected), JsonModules.JACKSON2.write(new Doc(read.kind(), read.value())));
    }

    private static Refused refusal(JsonModules module, String text) {
        return assertThrows(Refused.class, () -> module.readDocument(text));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("filesOfEachModule")
    void aFileIsWrittenByteForByte(String file, JsonModules module) throws IOException {
        // the files are the writer's own output: two-space indentation, LF line ends, a final newline; each module
        // writes every kind, the results too (a refusal to write is a failure)
        assertEquals(Json3Testing.golden(file), module.writeGolden(fixture(file)));
    }

    /** No type of the SDK is refused by Jackson 3 for want of a mix-in: each has one, or is a scalar of the format. */
    @Test
    void jackson3WritesEveryTypeOfTheSdk() {
        java.util.Map<Class<?>, Class<?>> mixins = dev.partnering.jackson.common.mixin.PartneringMixins.all();
        List<String> unwritable = JsonModules.sdkTypes().stream().filter(c -> !NotYet.writable(c, mixins))
                .map(Class::getName).sorted().toList();
        assertEquals(List.of(), unwritable);
        assertTrue(JsonModules.sdkTypes().contains(dev.partnering.trust.SignalTally.Count.class));
        assertTrue(JsonModules.sdkTypes().contains(dev.partnering.analysis.MultiSupplierBackTest.SupplierRows.class));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void aCreditTableThatRepeatsItsKpisDirectionStillReads(JsonModules module) throws Exception {
        // documents written before 0.2 carried "direction" in a service-credit table; it is read and ignored
        String current = Json3Testing.golden("agreement.json");
        String tables = "\"kpiId\" : \"availability\",\n          \"bands\"";
        assertTrue(current.contains(tables), "the golden agreement has a service-credit table for availability");
        String old = current.replace(tables, "\"kpiId\" : \"availability\",\n          \"direction\" : \"HIGHER_IS_BETTER\","
                + "\n          \"bands\"");
        assertEquals(fixture("agreement.json").value(), module.readDocument(old).value());
        // it must still be a direction
        String wrong = current.replace(tables, "\"kpiId\" : \"availability\",\n          \"direction\" : \"SIDEWAYS\","
                + "\n          \"bands\"");
        Refused e = assertThrows(Refused.class, () -> module.readDocument(wrong));
        assertTrue(e.getMessage().contains("direction"), e.getMessage());
    }

    @Test
    void theResultsAreWrittenOnly() {
        // the results: written, never read back (trust, governance, readiness, action, risk-review and backlog reports
        // do not hold their inputs; the others are computed again from theirs)
        assertEquals(Set.of("trust-report.json", "governance-report.json", "readiness-report.json", "action-report.json",
                "risk-review.json", "backlog-report.json", "term-status.json", "term-timeline.json", "signal-tally.json",
                "health-report.json", "balance-report.json", "simulation-report.json", "back-test.json"),
                GoldenValues.writeOnly());
    }

    @Test
    void everyGoldenFileIsTested() throws IOException {
        assertEquals(GoldenValues.v1().keySet(), new TreeSet<>(Json3Testing.goldenFiles()));
        assertEquals(30, Json3Testing.goldenFiles().size(), "the Jackson 2 module's golden files are found");
    }

    /** A refusal that names a type Jackson 3 supports is not honest: the check can tell the two apart. */
    @Test
    void aRefusalMustNameATypeJackson3DoesNotSupport() {
        assertTrue(NotYet.readable(dev.partnering.kpi.Measurement.class));
        assertFalse(JsonModules.honestRefusal(NotYet.message(dev.partnering.kpi.Measurement.class, "read"), "read"));
        assertFalse(JsonModules.honestRefusal("Measurement is invalid", "read"));
        Class<?> unsupported = JsonModules.sdkTypes().stream().filter(c -> Builders.isSdk(c) && !NotYet.readable(c))
                .findFirst().orElse(null);
        if (unsupported != null) { // while Jackson 3 does not read every type
            assertTrue(JsonModules.honestRefusal(NotYet.message(unsupported, "read"), "read"));
            assertNotEquals(unsupported, dev.partnering.kpi.Measurement.class);
        }
    }

    /** Jackson 3 has a deserializer for every type of the SDK: it reads it, or refuses it as the result it is. */
    @Test
    void jackson3ReadsOrRefusesAsAResultEveryTypeOfTheSdk() {
        List<String> unread = JsonModules.sdkTypes().stream().filter(c -> !NotYet.readable(c)).map(Class::getName)
                .sorted().toList();
        assertEquals(List.of(), unread);
        assertTrue(JsonModules.sdkTypes().contains(dev.partnering.trust.SignalTally.class));
        assertTrue(JsonModules.sdkTypes().contains(dev.partnering.term.TermStatus.class));
    }

    /** Lists which files Jackson 3 reads and writes (for the README): every file but the results read, every one written. */
    @Test
    void theSupportedFilesAreListed() throws IOException {
        Set<String> read = new TreeSet<>();
        Set<String> written = new TreeSet<>();
        for (String file : Json3Testing.goldenFiles()) {
            String text = Json3Testing.golden(file);
            try {
                JsonModules.JACKSON3.readDocument(text);
                read.add(file);
            } catch (Refused e) {
                // refused: not listed
            }
            try {
                if (JsonModules.JACKSON3.writeGolden(fixture(file)).equals(text)) {
                    written.add(file);
                }
            } catch (tools.jackson.databind.DatabindException e) {
                // refused: not listed
            }
        }
        System.out.println("Jackson 3 reads " + read + "\nJackson 3 writes " + written);
        Set<String> readable = new TreeSet<>(Json3Testing.goldenFiles());
        readable.removeAll(GoldenValues.writeOnly());
        assertEquals(17, readable.size(), readable.toString()); // 30 files, 13 of them results
        assertEquals(readable, read);
        assertEquals(new TreeSet<>(Json3Testing.goldenFiles()), written); // every file, the results too
    }
}
