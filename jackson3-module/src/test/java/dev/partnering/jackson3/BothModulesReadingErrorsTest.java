package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnering.Violation;
import dev.partnering.jackson3.JsonModules.Refused;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.party.Party;
import dev.partnering.trust.Answer;
import dev.partnering.trust.SurveyResponse;

/**
 * What reading bad JSON reports, with either module: every problem of a value in one exception,
 * with its JSON path, the domain's own words, line and column. Each case runs over both modules
 * ({@link JsonModules}) with the same expectations (the cases moved here from the Jackson 2
 * module's {@code ReadingErrorsTest} and the Jackson 3 module's); for the inputs of
 * {@link #badInputs()} both modules report the same problems, paths, messages, violations and locations.
 */
class BothModulesReadingErrorsTest {

    static final String KPI = "{\"id\": \"availability\", \"version\": 1, \"effectiveFrom\": \"2026-01-01\","
            + " \"name\": \"Service availability\", \"unit\": \"%\", \"direction\": \"HIGHER_IS_BETTER\", \"minimum\": \"99.0\","
            + " \"target\": \"99.5\", \"stretch\": \"99.9\", \"maxAttainment\": \"1.2\", \"aggregation\": {\"type\": \"mean\"},"
            + " \"weight\": \"2\", \"frequency\": \"MONTHLY\", \"dataSource\": \"Monitoring\", \"measurementMethod\": \"Minutes\","
            + " \"validRange\": {\"lower\": \"0\", \"upper\": \"100\"}, \"qualifyingConditions\": []}";

    static final String MEASUREMENT = "{\"kpiId\": \"availability\", \"period\": \"2026-03\", \"value\": \"99.5\","
            + " \"recordedAt\": \"2026-03-31T12:00:00Z\"}";

    /** @return a measurements document holding the elements given, one line after its version and "[" */
    static String doc(String measurements) {
        return "{\n  \"formatVersion\": 1,\n  \"measurements\": [\n" + measurements + "\n  ]\n}";
    }

    private static Refused readFails(JsonModules module, String json) {
        return assertThrows(Refused.class, () -> module.readDocument(json));
    }

    /** A document if the type is {@link PartneringDocument} (of either module), else a value of the type. */
    private static Refused readFails(JsonModules module, String json, Class<?> type) {
        return assertThrows(Refused.class, () -> {
            if (type == PartneringDocument.class) {
                module.readDocument(json);
            } else {
                module.read(json, type, false);
            }
        });
    }

    /** @return a golden file as a tree of Jackson 2's, to change */
    private static ObjectNode tree(String file) {
        try {
            return (ObjectNode) Json3Testing.JACKSON2.readTree(Json3Testing.golden(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode document(String file) {
        return tree(file);
    }

    private static ObjectNode agreementDocument() {
        return tree("agreement.json");
    }

    private static ObjectNode agreement(ObjectNode document) {
        return (ObjectNode) document.get("agreement");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void everyProblemOfADocumentIsReportedWithItsJsonPathAndLocation(JsonModules module) {
        String json = doc("    " + MEASUREMENT.replace("\"value\": \"99.5\"", "\"value\": true") + ",\n    "
                + MEASUREMENT.replace("\"2026-03\"", "\"2026-13\"") + ",\n    "
                + MEASUREMENT.replace("\"value\"", "\"comment\": \"x\", \"value\"") + ",\n    "
                + MEASUREMENT.replace("\"value\": \"99.5\"", "\"numerator\": \"-1\", \"denominator\": \"2\""));

        Refused e = readFails(module, json);

        assertEquals(List.of("$.measurements[0].value", "$.measurements[1].period", "$.measurements[2].comment",
                "$.measurements[3].numerator"), e.problems().stream().map(JsonModules.Problem::jsonPath).toList(),
                e.getMessage());
        assertEquals("expected a decimal number as a string (\"1.5\") or a number, found a boolean",
                e.problems().get(0).message());
        assertEquals(4, e.problems().get(0).line()); // the measurement on line 4 (after "{", version, "[")
        assertTrue(e.problems().get(1).message().contains("month 13 must be between 1 and 12"), e.getMessage());
        assertTrue(e.problems().get(2).message().startsWith("unknown field 'comment'; the fields here are kpiId, period, value,"
                + " numerator, denominator"), e.getMessage());
        assertEquals(1, e.violations().stream().filter(v -> v.path().equals("$.measurements[3].numerator")).count(),
                e.getMessage());
        assertTrue(e.violations().get(e.violations().size() - 1).rule().contains("numerator -1 must not be negative"),
                e.getMessage());
        assertEquals("$", e.jsonPath());
        assertTrue(e.getMessage().startsWith("Cannot read PartneringDocument at $ (4 problems):"), e.getMessage());
    }

    static Stream<Arguments> badInputs() {
        String kpiAbove = KPI.replace("\"minimum\": \"99.0\"", "\"minimum\": \"99.9\"").replace("\"weight\": \"2\"",
                "\"weight\": \"0\"");
        return Stream.of(
                Arguments.of("a KPI breaking two rules", kpiAbove, KpiDefinition.class),
                Arguments.of("an unknown aggregation type", KPI.replace("\"mean\"", "\"median\""), KpiDefinition.class),
                Arguments.of("an enum by a wrong name", KPI.replace("HIGHER_IS_BETTER", "UPWARDS"), KpiDefinition.class),
                Arguments.of("a whole number as a string", KPI.replace("\"version\": 1", "\"version\": \"1\""), KpiDefinition.class),
                Arguments.of("a missing required field", KPI.replace("\"id\": \"availability\", ", ""), KpiDefinition.class),
                Arguments.of("a range upside down", KPI.replace("\"lower\": \"0\"", "\"lower\": \"200\""), KpiDefinition.class),
                Arguments.of("a party kind unknown", "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"VENDOR\", \"lead\": 1}", Party.class),
                Arguments.of("an invalid date and instant", MEASUREMENT.replace("\"2026-03\"", "\"2026-Q5\"")
                        .replace("2026-03-31T12", "2026-02-30T12"), Measurement.class),
                Arguments.of("an object where a string belongs", MEASUREMENT.replace("\"availability\"", "{}"), Measurement.class),
                Arguments.of("an array instead of an object", "[1, 2]", Measurement.class),
                Arguments.of("a decimal beyond the limits", MEASUREMENT.replace("\"99.5\"", "\"1e1000\""), Measurement.class),
                Arguments.of("a newer format version", "{\"formatVersion\": 2, \"measurements\": []}", PartneringDocument.class),
                Arguments.of("no format version", "{\"measurements\": []}", PartneringDocument.class),
                Arguments.of("two kinds", "{\"formatVersion\": 1, \"measurements\": [], \"minutes\": []}",
                        PartneringDocument.class),
                Arguments.of("an unknown field of a document", "{\"formatVersion\": 1, \"measurement\": []}",
                        PartneringDocument.class),
                Arguments.of("a value before its version", "{\"measurements\": [" + MEASUREMENT.replace("\"99.5\"", "\"x\"")
                        + "], \"formatVersion\": 1}", PartneringDocument.class),
                Arguments.of("malformed JSON inside a value", doc(MEASUREMENT.replace("\"value\":", "\"value\"")),
                        PartneringDocument.class),
                // trust surveys: an answer names its dimension by id, resolved against the survey's dimensions
                Arguments.of("an answer off the scale and one naming no dimension of its survey",
                        survey(0, 0, "value", 6, 1, 1, "dimension", "loyalty"), PartneringDocument.class),
                Arguments.of("an answer's dimension that is no id at all", survey(1, 1, "dimension", "no id"),
                        PartneringDocument.class),
                Arguments.of("an answer's dimension as a number", survey(1, 0, "dimension", 7), PartneringDocument.class),
                Arguments.of("an answer on its own", "{\"dimension\": \"honesty\", \"value\": 3}",
                        Answer.class),
                Arguments.of("a survey response on its own", "{}", SurveyResponse.class),
                Arguments.of("a survey response on its own, well formed", surveyResponse(),
                        SurveyResponse.class),
                // an optional parameter of a record (a remedy follow-up's due date) given the wrong kind of value
                Arguments.of("an optional date of a record as an object", edited("remedy-follow-ups.json", "/remedyFollowUps/1",
                        "dueDate", Json3Testing.JACKSON2.createObjectNode()), PartneringDocument.class),
                Arguments.of("an optional date of a record as null", edited("remedy-follow-ups.json", "/remedyFollowUps/1",
                        "dueDate", Json3Testing.JACKSON2.nullNode()), PartneringDocument.class),
                Arguments.of("broken scorecard lines", brokenScorecard(), PartneringDocument.class));
    }

    /**
     * @return the golden scorecard with a step of an unknown kind, a weight that is no number, a line without
     *         its KPI and a counted line without its contribution
     */
    private static String brokenScorecard() {
        ObjectNode doc = tree("scorecard.json");
        com.fasterxml.jackson.databind.JsonNode lines = doc.get("scorecard").get("lines");
        ((ObjectNode) lines.get(0).get("explanation")).put("kind", "NOPE");
        ((ObjectNode) lines.get(1)).put("weight", "heavy");
        ((ObjectNode) lines.get(2)).remove("kpiId");
        ((ObjectNode) lines.get(3)).remove("contribution");
        ((ObjectNode) lines.get(3)).put("counted", true);
        return doc.toPrettyString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void bothModulesReportTheSameProblems(String what, String json, Class<?> type) throws Exception {
        Refused two = readFails(JsonModules.JACKSON2, json, type);
        Refused three = readFails(JsonModules.JACKSON3, json, type);

        // path, message (Jackson 3's parser says "property" where Jackson 2's says "field"; the module's own words are
        // the same), violations, line and column of each problem
        assertEquals(two.problems(), three.problems());
        assertFalse(three.problems().isEmpty());
        assertEquals(two.jsonPath(), three.jsonPath());
        assertEquals(two.violations(), three.violations());
    }

    /** @return a golden file with one field of the object at {@code pointer} set */
    private static String edited(String file, String pointer, String field, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode doc = tree(file);
        ((ObjectNode) doc.at(pointer)).set(field, value);
        return doc.toString();
    }

    private static String surveyResponse() {
        try {
            return Json3Testing.JACKSON2.readTree(survey()).get("trustSurvey").get("responses").get(0).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the golden trust survey document */
    private static String survey() {
        return tree("trust-survey.json").toString();
    }

    /** @return the golden trust survey with fields of its answers set: (response, answer, field, value) after each other */
    private static String survey(Object... edits) {
        com.fasterxml.jackson.databind.node.ObjectNode doc;
        try {
            doc = (com.fasterxml.jackson.databind.node.ObjectNode) Json3Testing.JACKSON2.readTree(survey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < edits.length; i += 4) {
            com.fasterxml.jackson.databind.node.ObjectNode a = (com.fasterxml.jackson.databind.node.ObjectNode) doc
                    .get("trustSurvey").get("responses").get((Integer) edits[i]).get("answers").get((Integer) edits[i + 1]);
            if (edits[i + 3] instanceof Integer n) {
                a.put((String) edits[i + 2], n);
            } else {
                a.put((String) edits[i + 2], (String) edits[i + 3]);
            }
        }
        return doc.toString();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void everyProblemIsReportedWithItsJsonPathAndTheDomainsMessage(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        ObjectNode availability = (ObjectNode) agreement(doc).get("kpis").get(0);
        availability.put("minimum", "99.9");
        availability.put("weight", "0");
        agreement(doc).put("currency", "SEKK");
        ((ObjectNode) agreement(doc).get("governance").get("roles").get(3)).put("level", "D");

        Refused e = readFails(module, doc.toString());

        assertEquals("$", e.jsonPath());
        assertEquals(List.of("$.agreement.currency", "$.agreement.governance.roles[3].level", "$.agreement.kpis[0]"),
                e.problems().stream().map(JsonModules.Problem::jsonPath).toList());
        assertEquals(List.of(
                Violation.of("$.agreement.currency", "SEKK", "currency 'SEKK' is not an ISO-4217 currency code"),
                Violation.of("$.agreement.kpis[0].weight", "0", "kpi 'availability': weight 0 must be greater than 0"),
                Violation.of("$.agreement.kpis[0].minimum", "99.9",
                        "kpi 'availability': minimum 99.9 must be below target 99.5 for a HIGHER_IS_BETTER kpi")),
                e.violations());
        String message = e.getMessage();
        assertTrue(message.startsWith("Cannot read PartneringDocument at $ (3 problems):"), message);
        assertTrue(message.contains("  - $.agreement.governance.roles[3].level: \"D\" is not one of STRATEGIC, TACTICAL,"
                + " OPERATIONAL"), message);
        assertTrue(message.contains("  - $.agreement.kpis[0]: KpiDefinition 'availability' is invalid (2 violations):\n"
                + "      - $.agreement.kpis[0].weight: kpi 'availability': weight 0 must be greater than 0 [value: 0]"), message);
        // the document is on one line; the exception is at its first problem, the value of the field "currency"
        int currency = doc.toString().indexOf("\"currency\":\"SEKK\"") + "\"currency\":".length() + 1;
        assertEquals(1, e.line());
        assertEquals(currency, e.column());
        assertTrue(message.contains("[value: SEKK] (line 1, column " + currency + ")"), message);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void aRuleOfTheWholeAgreementIsReportedAtItsPathInTheDocument(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("responsibilityAreas").get(0)).put("owner", "initech");

        Refused e = readFails(module, doc.toString());

        assertEquals(List.of(Violation.of("$.agreement.responsibilityAreas[0].owner", "initech",
                "area 'service-desk' is owned by 'initech', which is not a party of the agreement")), e.violations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void customerWeightsMustBePositive(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("incentiveScheme")).putObject("customerWeights").put("region-nord", "0");

        Refused e = readFails(module, doc.toString());

        assertEquals(List.of(Violation.of("$.agreement.incentiveScheme.customerWeights.region-nord", "0",
                "customer weight of 'region-nord' is 0; weights must be positive")), e.violations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void customerWeightsAreCheckedAgainstTheAgreementsCustomers(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("incentiveScheme")).putObject("customerWeights").put("acme", "3");

        Refused e = readFails(module, doc.toString());

        assertEquals(List.of(
                Violation.of("$.agreement.incentiveScheme.customerWeights.acme", "acme", "the incentive scheme weighs"
                        + " 'acme', which is not a customer of the agreement; its customers are [region-nord]"),
                Violation.of("$.agreement.incentiveScheme.customerWeights", "region-nord", "customer 'region-nord' has no"
                        + " weight; with customer weights, every customer of the agreement needs one")), e.violations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void aNewerFormatVersionIsRefusedWithAClearMessage(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        doc.put("formatVersion", 2);
        agreement(doc).put("someFieldOfVersion2", true);

        Refused e = readFails(module, doc.toString());

        assertEquals(1, e.problems().size());
        assertEquals("$.formatVersion", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("the document is in format version 2, newer than version 1, the newest this"
                + " version of partnering-jackson reads; read it with a newer partnering-jackson"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void aDocumentNeedsAFormatVersionOfAtLeastOne(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        doc.remove("formatVersion");
        assertTrue(readFails(module, doc.toString()).getMessage().contains("$.formatVersion: required field 'formatVersion' is missing"));
        doc.put("formatVersion", 0);
        assertTrue(readFails(module, doc.toString()).getMessage().contains("format version 0 does not exist; versions start at 1"));
        doc.put("formatVersion", "1");
        assertTrue(readFails(module, doc.toString()).getMessage().contains("expected a whole number"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void aDocumentHoldsExactlyOneValue(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        doc.set("measurements", Json3Testing.JACKSON2.valueToTree(List.of()));
        assertTrue(readFails(module, doc.toString()).getMessage().contains("found agreement and measurements"));
        assertTrue(readFails(module, "{\"formatVersion\": 1}").getMessage().contains("found none"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void invalidDatesPeriodsAndEnumsAreRefusedNamingTheFormat(JsonModules module) throws Exception {
        String json = "{\"kpiId\": \"availability\", \"period\": \"2026-Q5\", \"value\": \"1\","
                + " \"recordedAt\": \"2026-02-30T12:00:00Z\"}";
        Refused e = readFails(module, json, Measurement.class);
        assertTrue(e.getMessage().contains("$.period: quarter 5 must be between 1 and 4 [value: 5]"), e.getMessage());
        assertTrue(e.getMessage().contains("$.recordedAt: \"2026-02-30T12:00:00Z\" is not an ISO-8601 instant"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void anUnknownTypeNameListsTheKnownOnes(JsonModules module) throws Exception {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("incentiveScheme").get("components").get(0)).put("type", "dev.example.Rebate");

        Refused e = readFails(module, doc.toString());

        assertEquals("$.agreement.incentiveScheme.components[0].type", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("unknown incentive component type \"dev.example.Rebate\"; the types are gain-share,"
                + " at-risk-pool, service-credit-tiers, bonus-malus, penalty"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void theVersionsOfAHistoryMustFollowFromTheirAmendments(JsonModules module) throws Exception {
        ObjectNode doc = (ObjectNode) tree("agreement-history.json");
        ObjectNode version2 = (ObjectNode) doc.get("agreementHistory").get("versions").get(1);
        ((ObjectNode) version2.get("agreement")).put("title", "Something else");

        Refused e = readFails(module, doc.toString());

        assertEquals(List.of(Violation.of("$.agreementHistory.versions[1].agreement", "it-partnering",
                "version 2's agreement differs from version 1 amended by its amendment")), e.violations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void anIncentiveChangeWithoutItsSchemeIsRefusedForAnAgreementThatCarriesOne(JsonModules module) throws Exception {
        // version 1 carries a gain share; an incentive-changed note without "scheme" would leave it in force
        ObjectNode doc = (ObjectNode) tree("agreement-history.json");
        ObjectNode change = (ObjectNode) doc.get("agreementHistory").get("versions").get(1).get("amendment").get("changes")
                .get(3);
        assertEquals("incentive-changed", change.get("type").textValue());
        change.remove("scheme");

        Refused e = readFails(module, doc.toString());

        assertEquals(List.of(Violation.of("$.agreementHistory.versions[1].amendment.changes[3].scheme", null,
                "agreement 'it-partnering' carries an incentive scheme, so incentive change 'gain share raised from 40 % to"
                        + " 50 % of savings' must give the new scheme; without it the old scheme would stay in force")),
                e.violations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void anAnswerNamesOneOfTheSurveysDimensionsAndStaysOnItsScale(JsonModules module) throws Exception {
        ObjectNode doc = document("trust-survey.json");
        ArrayNode responses = (ArrayNode) doc.get("trustSurvey").get("responses");
        ((ObjectNode) responses.get(0).get("answers").get(0)).put("value", 6);
        ((ObjectNode) responses.get(1).get("answers").get(1)).put("dimension", "loyalty");

        Refused e = readFails(module, doc.toString());

        // the survey resolves its answers' dimensions by id when it is built: its own rules refuse an id that is
        // none of its dimensions, together with every other rule it breaks
        assertEquals(List.of("$.trustSurvey"), e.problems().stream().map(JsonModules.Problem::jsonPath).toList());
        assertEquals(List.of("$.trustSurvey.responses[0].answers[0].value", "$.trustSurvey.responses[1].answers[1].dimension"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().contains("respondent 'r-1c9e' answers dimension 'loyalty', which is not one of the survey's"
                + " dimensions [honesty, transparency]"), e.getMessage());

        ((ObjectNode) responses.get(1).get("answers").get(1)).put("dimension", "transparency");
        e = readFails(module, doc.toString());
        assertEquals(List.of(Violation.of("$.trustSurvey.responses[0].answers[0].value", "6",
                "respondent 'r-7f3a' answers 6 on 'honesty', outside the scale 1-5")), e.violations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void anAnswersDimensionIsFoundByIdWhereverTheSurveyListsItsDimensions(JsonModules module) throws Exception {
        ObjectNode doc = document("trust-survey.json");
        ObjectNode survey = (ObjectNode) doc.get("trustSurvey");
        dev.partnering.trust.TrustSurvey golden = (dev.partnering.trust.TrustSurvey) module.readDocument(doc.toString()).value();
        // the responses before the dimensions: the answers are resolved when the survey is built, not as they are read
        ObjectNode reordered = Json3Testing.JACKSON2.createObjectNode();
        reordered.set("responses", survey.get("responses"));
        survey.fieldNames().forEachRemaining(f -> reordered.set(f, survey.get(f)));
        doc.set("trustSurvey", reordered);

        dev.partnering.trust.TrustSurvey read = (dev.partnering.trust.TrustSurvey) module.readDocument(doc.toString()).value();

        assertEquals(golden, read);
        // each answer holds the survey's own dimension (its name too), not a placeholder named by the id
        read.responses().forEach(r -> r.answers().forEach(a -> assertEquals(read.dimension(a.dimension().id()).orElseThrow(),
                a.dimension())));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void anAnswersDimensionThatIsNoIdAtAllIsReportedAtTheAnswer(JsonModules module) throws Exception {
        ObjectNode doc = document("trust-survey.json");
        ArrayNode responses = (ArrayNode) doc.get("trustSurvey").get("responses");
        ((ObjectNode) responses.get(1).get("answers").get(1)).put("dimension", "no id");

        Refused e = readFails(module, doc.toString());

        assertEquals(List.of("$.trustSurvey.responses[1].answers[1].dimension"),
                e.problems().stream().map(JsonModules.Problem::jsonPath).toList());
        assertTrue(e.getMessage().contains("trust dimension id 'no id' must be 1 to 64 letters"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void answersAndResponsesAreReadOnlyWithinTheirSurvey(JsonModules module) throws Exception {
        Refused e = readFails(module, "{\"dimension\": \"honesty\", \"value\": 3}", Answer.class);
        assertTrue(e.getMessage().contains("Answer cannot be read on its own: an answer names its dimension by id; read the"
                + " TrustSurvey that holds it"), e.getMessage());
        e = readFails(module, "{}", SurveyResponse.class);
        assertTrue(e.getMessage().contains("SurveyResponse cannot be read on its own"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonModules.class)
    void governanceRecordsAreCheckedByTheDomainsRules(JsonModules module) throws Exception {
        ObjectNode meetings = document("forum-meetings.json");
        ObjectNode cancelled = (ObjectNode) meetings.get("forumMeetings").get(2);
        assertEquals("CANCELLED", cancelled.get("status").textValue());
        cancelled.putObject("attendance").put("CUSTOMER", 2);

        Refused e = readFails(module, meetings.toString());

        assertEquals("$.forumMeetings[2].attendance", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("meeting of forum 'delivery' on 2026-02-11 was cancelled and cannot have attendance"),
                e.getMessage());

        ObjectNode escalations = document("escalations.json");
        ((ObjectNode) escalations.get("escalations").get(1).get("steps").get(0)).put("level", "OPERATIONAL");
        e = readFails(module, escalations.toString());
        assertEquals("$.escalations[1].steps[0].level", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("an escalation only goes to a higher level"), e.getMessage());
    }
}
