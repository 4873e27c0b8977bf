package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.partnering.trust.Focus;

/**
 * The golden files of format version 1, one per kind of document, tested both ways: reading a
 * file gives the value built by {@link JsonFixtures}, and writing that value gives the file
 * (compared as JSON trees). Trust, governance and readiness reports, which do not hold their
 * inputs, are written only: their files are tested for writing, and reading them is refused.
 * Released files are never changed.
 */
class GoldenFilesTest {

    static Stream<String> files() {
        return GoldenFiles.v1().keySet().stream();
    }

    static Stream<String> readableFiles() {
        return files().filter(f -> !GoldenFiles.WRITE_ONLY.contains(f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableFiles")
    void readingTheFileGivesTheBuiltValue(String file) throws Exception {
        PartneringDocument expected = GoldenFiles.v1().get(file).get();
        PartneringDocument read = JsonTesting.read(JsonTesting.resource(GoldenFiles.V1 + file), PartneringDocument.class);
        assertEquals(expected.kind(), read.kind());
        assertEquals(PartneringDocument.FORMAT_VERSION, read.formatVersion());
        assertEquals(expected, read);
        assertEquals(expected.hashCode(), read.hashCode());
        assertEquals(JsonTesting.tree(expected), JsonTesting.tree(read));
    }

    @Test
    void aCreditTableThatRepeatsItsKpisDirectionStillReads() throws Exception {
        // documents written before 0.2 carried "direction" in a service-credit table; it is read and ignored
        String current = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");
        String tables = "\"kpiId\" : \"availability\",\n          \"bands\"";
        assertTrue(current.contains(tables), "the golden agreement has a service-credit table for availability");
        String old = current.replace(tables, "\"kpiId\" : \"availability\",\n          \"direction\" : \"HIGHER_IS_BETTER\","
                + "\n          \"bands\"");
        assertEquals(GoldenFiles.v1().get("agreement.json").get(), JsonTesting.read(old, PartneringDocument.class));
        // it must still be a direction
        String wrong = current.replace(tables, "\"kpiId\" : \"availability\",\n          \"direction\" : \"SIDEWAYS\","
                + "\n          \"bands\"");
        PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> JsonTesting.read(wrong, PartneringDocument.class));
        assertTrue(e.getMessage().contains("direction"), e.getMessage());
    }

    @Test
    void theResultsWrittenOnlyAreRefusedWhenRead() {
        // the results: written, never read back (trust, governance, readiness, action, risk-review and backlog reports
        // do not hold their inputs; the others are computed again from theirs)
        assertEquals(Set.of("trust-report.json", "governance-report.json", "readiness-report.json", "action-report.json",
                "risk-review.json", "backlog-report.json", "term-status.json", "term-timeline.json", "signal-tally.json",
                "health-report.json", "balance-report.json", "simulation-report.json", "back-test.json"),
                GoldenFiles.WRITE_ONLY);
        for (String file : GoldenFiles.WRITE_ONLY) {
            PartneringJsonException e = assertThrows(PartneringJsonException.class,
                    () -> JsonTesting.read(JsonTesting.resource(GoldenFiles.V1 + file), PartneringDocument.class));
            assertTrue(e.getMessage().contains("is written only, never read back"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void writingTheBuiltValueGivesTheFile(String file) {
        PartneringDocument expected = GoldenFiles.v1().get(file).get();
        assertEquals(JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file)), JsonTesting.tree(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void filesAreWrittenByTheGoldenFileWriter(String file) throws Exception {
        // the files are the writer's own output: two-space indentation, LF line ends, a final newline
        String text = JsonTesting.resource(GoldenFiles.V1 + file);
        String written = GoldenFiles.writer(JsonTesting.MAPPER).writeValueAsString(GoldenFiles.v1().get(file).get()) + "\n";
        assertEquals(written, text);
    }

    @Test
    void everyKindOfDocumentHasAGoldenFile() throws Exception {
        List<String> kinds = GoldenFiles.v1().values().stream().map(s -> s.get().kind()).sorted().toList();
        assertEquals(List.of("actionReport", "agreement", "agreementHistory", "backTest", "backlogReport",
                "balanceReport", "behaviouralSignals", "escalations", "exitPlan", "forumMeetings",
                "governanceReport", "healthReport", "improvementBacklog", "incentivePeriods", "incentiveStatement",
                "measurements", "minutes", "openingBalance", "readinessReport", "remedyFollowUps", "riskRegister",
                "riskReview", "scorecard", "signalTally", "simulationReport", "standings", "termStatus",
                "termTimeline", "trustReport", "trustSurvey"), kinds);
    }

    @Test
    void theTrustFilesUseEveryKindOfFigureFocusAndSuppressionReason() {
        String report = JsonTesting.resource(GoldenFiles.V1 + "trust-report.json");
        for (String value : List.of("\"type\" : \"shown\"", "\"type\" : \"suppressed\"", "\"type\" : \"no-answers\"",
                "\"BELOW_MINIMUM\"", "\"COMPLEMENTARY\"", "\"trend\"", "\"OWN_SIDE\"", "\"PARTNER_SIDE\"")) {
            assertTrue(report.contains(value), value);
        }
        String survey = JsonTesting.resource(GoldenFiles.V1 + "trust-survey.json");
        for (Focus focus : Focus.values()) {
            assertTrue(survey.contains("\"" + focus + "\""), focus.toString());
        }
    }

    @Test
    void theAgreementFileUsesEveryComponentTypeAndFamilyMember() {
        String text = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");
        for (String type : List.of("gain-share", "at-risk-pool", "service-credit-tiers", "bonus-malus", "penalty", "fixed",
                "percent-of-fee", "consecutive-below-minimum", "breaches-in-window", "delay-beyond", "mean", "ratio",
                "percentile", "minimum-volume", "out-of-scope")) {
            assertTrue(text.contains("\"type\" : \"" + type + "\""), type);
        }
    }
}
