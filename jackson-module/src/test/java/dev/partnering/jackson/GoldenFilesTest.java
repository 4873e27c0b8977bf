package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
 * <p>
 * Reading each file, writing it byte for byte and refusing the results are tested for this module
 * and the Jackson 3 module alike by {@code BothModulesGoldenFilesTest} in {@code jackson3-module};
 * here what concerns the files themselves.
 */
class GoldenFilesTest {

    static Stream<String> files() {
        return GoldenFiles.v1().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void writingTheBuiltValueGivesTheFile(String file) {
        PartneringDocument expected = GoldenFiles.v1().get(file).get();
        assertEquals(JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file)), JsonTesting.tree(expected));
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
