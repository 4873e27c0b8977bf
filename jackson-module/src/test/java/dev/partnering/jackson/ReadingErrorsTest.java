package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Step;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.LevelActivity;
import dev.partnering.health.HealthReport;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Measurement;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.trust.Answer;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustReport;

/** What reading bad JSON reports: every problem, with its JSON path and the domain's own words. */
class ReadingErrorsTest {

    private static ObjectNode agreementDocument() {
        return (ObjectNode) JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + "agreement.json"));
    }

    private static ObjectNode agreement(ObjectNode document) {
        return (ObjectNode) document.get("agreement");
    }

    private static PartneringJsonException readFails(ObjectMapper mapper, String json, Class<?> type) {
        return assertThrows(PartneringJsonException.class, () -> mapper.readValue(json, type));
    }

    private static PartneringJsonException readFails(String json) {
        return readFails(JsonTesting.MAPPER, json, PartneringDocument.class);
    }

    @Test
    void everyProblemIsReportedWithItsJsonPathAndTheDomainsMessage() {
        ObjectNode doc = agreementDocument();
        ObjectNode availability = (ObjectNode) agreement(doc).get("kpis").get(0);
        availability.put("minimum", "99.9");
        availability.put("weight", "0");
        agreement(doc).put("currency", "SEKK");
        ((ObjectNode) agreement(doc).get("governance").get("roles").get(3)).put("level", "D");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals("$", e.jsonPath());
        assertEquals(List.of("$.agreement.currency", "$.agreement.governance.roles[3].level", "$.agreement.kpis[0]"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
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
        assertEquals(1, e.getLocation().getLineNr());
        assertEquals(currency, e.getLocation().getColumnNr());
        assertTrue(message.contains("[value: SEKK] (line 1, column " + currency + ")"), message);
    }

    @Test
    void aRuleOfTheWholeAgreementIsReportedAtItsPathInTheDocument() {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("responsibilityAreas").get(0)).put("owner", "initech");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of(Violation.of("$.agreement.responsibilityAreas[0].owner", "initech",
                "area 'service-desk' is owned by 'initech', which is not a party of the agreement")), e.violations());
    }

    @Test
    void customerWeightsMustBePositive() {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("incentiveScheme")).putObject("customerWeights").put("region-nord", "0");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of(Violation.of("$.agreement.incentiveScheme.customerWeights.region-nord", "0",
                "customer weight of 'region-nord' is 0; weights must be positive")), e.violations());
    }

    @Test
    void customerWeightsAreCheckedAgainstTheAgreementsCustomers() {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("incentiveScheme")).putObject("customerWeights").put("acme", "3");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of(
                Violation.of("$.agreement.incentiveScheme.customerWeights.acme", "acme", "the incentive scheme weighs"
                        + " 'acme', which is not a customer of the agreement; its customers are [region-nord]"),
                Violation.of("$.agreement.incentiveScheme.customerWeights", "region-nord", "customer 'region-nord' has no"
                        + " weight; with customer weights, every customer of the agreement needs one")), e.violations());
    }

    @Test
    void theExceptionIsAJacksonMappingExceptionWithTheLocationOfTheOffendingField() {
        String json = "[{\"amount\":\"1\",\"currency\":\"SEK\"},{\"amount\":\"x\",\"currency\":\"SEK\"}]";
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Money[].class);
        assertInstanceOf(JsonMappingException.class, e);
        assertEquals("$[1]", e.jsonPath());
        assertEquals(1, e.getLocation().getLineNr());
        // the second money's "{" is column 34; its field "amount" starts at column 35, the value at fault at column 44
        assertEquals(44, e.getLocation().getColumnNr());
        assertEquals("$[1].amount", e.problems().get(0).jsonPath());
    }

    @Test
    void pathsStartAtTheRootOfTheEnclosingDocument() {
        String json = "{\"mine\": {\"amount\": \"1\", \"currency\": \"XYZ\"}}";
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.MAPPER.readValue(json, new TypeReference<Map<String, Money>>() { }));
        assertEquals("$.mine", e.jsonPath());
        assertEquals("$.mine.currency", e.problems().get(0).jsonPath());
    }

    @Test
    void aNewerFormatVersionIsRefusedWithAClearMessage() {
        ObjectNode doc = agreementDocument();
        doc.put("formatVersion", 2);
        agreement(doc).put("someFieldOfVersion2", true);

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(1, e.problems().size());
        assertEquals("$.formatVersion", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("the document is in format version 2, newer than version 1, the newest this"
                + " version of partnering-jackson reads; read it with a newer partnering-jackson"), e.getMessage());
    }

    @Test
    void aDocumentNeedsAFormatVersionOfAtLeastOne() {
        ObjectNode doc = agreementDocument();
        doc.remove("formatVersion");
        assertTrue(readFails(doc.toString()).getMessage().contains("$.formatVersion: required field 'formatVersion' is missing"));
        doc.put("formatVersion", 0);
        assertTrue(readFails(doc.toString()).getMessage().contains("format version 0 does not exist; versions start at 1"));
        doc.put("formatVersion", "1");
        assertTrue(readFails(doc.toString()).getMessage().contains("expected a whole number"));
    }

    @Test
    void aDocumentHoldsExactlyOneValue() {
        ObjectNode doc = agreementDocument();
        doc.set("measurements", JsonTesting.tree(List.of()));
        assertTrue(readFails(doc.toString()).getMessage().contains("found agreement and measurements"));
        assertTrue(readFails("{\"formatVersion\": 1}").getMessage().contains("found none"));
    }

    @Test
    void unknownFieldsAreRefusedByDefaultNamingTheFieldsThatExist() {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("parties").get(0)).put("colour", "blue");
        // the mapper's own setting does not weaken the module's default
        ObjectMapper lenientMapper = PartneringJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        PartneringJsonException e = readFails(lenientMapper, doc.toString(), PartneringDocument.class);

        assertEquals("$.agreement.parties[0].colour", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("unknown field 'colour'; the fields here are id, name, kind, lead"), e.getMessage());
    }

    @Test
    void unknownFieldsCanBeIgnored() throws Exception {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("parties").get(0)).put("colour", "blue");
        doc.put("producedBy", "ERP 7.1");
        ObjectMapper mapper = PartneringJson.mapper(new PartneringModule()
                .disable(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS));

        Agreement read = mapper.readValue(doc.toString(), PartneringDocument.class).value(Agreement.class);

        assertEquals(JsonFixtures.agreement(), read);
    }

    @Test
    void aDuplicatedFieldIsRefused() {
        String json = "{\"amount\": \"1\", \"currency\": \"SEK\", \"amount\": \"2\"}";
        PartneringJsonException e = readFails(JsonTesting.PLAIN, json, Money.class);
        assertEquals("$.amount", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("field 'amount' appears more than once"), e.getMessage());
    }

    @Test
    void aFieldGivenTwiceInAValueReadThroughItsBuilderIsRefused() {
        // a plain mapper with the module: duplicates are the module's check, not the parser's option
        String party = "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"CUSTOMER\", \"name\": \"Other\"}";
        PartneringJsonException e = readFails(JsonTesting.PLAIN, party, Party.class);
        assertEquals(List.of("$.name"), e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
        assertTrue(e.getMessage().contains("field 'name' appears more than once"), e.getMessage());

        // a list given twice would otherwise be the two lists joined
        ObjectNode doc = agreementDocument();
        String json = doc.toString().replaceFirst("\"goals\":", "\"goals\":[\"extra\"],\"goals\":");
        e = readFails(json);
        assertEquals(List.of("$.agreement.goals"), e.problems().stream().map(PartneringJsonException.Problem::jsonPath)
                .toList());
        assertTrue(e.getMessage().contains("field 'goals' appears more than once"), e.getMessage());
    }

    @Test
    void nestingDeeperThanTheModulesLimitIsRefusedWhateverTheMappersLimit() {
        // written by hand: the core refuses to build a step deeper than Explanation.MAX_DEPTH (32)
        String json = "{\"kind\": \"RESULT\", \"text\": \"leaf\"}";
        for (int i = 0; i < 60; i++) {
            json = "{\"kind\": \"COMPUTATION\", \"text\": \"level " + i + "\", \"children\": [" + json + "]}";
        }
        // 61 steps are 121 levels of objects and arrays; Jackson's own default allows 1000. Steps are read
        // through their creator, so the core's depth limit (32 step levels, at most 64 JSON levels: below the
        // module's 100) refuses the chain where it crosses it: the step 33 levels above the leaf
        PartneringJsonException e = readFails(JsonTesting.PLAIN, json, Step.class);
        assertTrue(e.getMessage().contains("an explanation is at most 32 levels deep (Explanation.MAX_DEPTH);"
                + " 'level 31' would be 33 levels deep"), e.getMessage());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("$" + ".children[0]".repeat(60 - 32) + ".children", e.problems().get(0).jsonPath());
    }

    @Test
    void theMappersLimitsAreReportedAsTheModulesExceptionWhenTheyBreakInsideAValue() {
        String deep = "[".repeat(300) + "]".repeat(300);
        assertThrows(StreamConstraintsException.class, () -> JsonTesting.MAPPER.readTree(deep));
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "{\"formatVersion\": 1, \"measurements\": " + deep + "}",
                PartneringDocument.class);
        assertTrue(e.getMessage().contains("nested deeper than the 100 levels allowed"), e.getMessage());

        String longNumber = "1" + "0".repeat(300);
        e = readFails(JsonTesting.MAPPER, "{\"amount\": " + longNumber + ", \"currency\": \"SEK\"}", Money.class);
        assertInstanceOf(StreamConstraintsException.class, e.getCause());
    }

    @Test
    void hugeNumbersAreRefusedInsteadOfExpanded() {
        for (String amount : List.of("1e1000000", "\"1e1000000\"", "\"-1E-999999999\"", "1" + "0".repeat(150))) {
            PartneringJsonException e = readFails(JsonTesting.PLAIN, "{\"amount\": " + amount + ", \"currency\": \"SEK\"}",
                    Money.class);
            assertTrue(e.getMessage().contains("is beyond the limits: at most 100 significant digits and a scale from -100"
                    + " to 100"), e.getMessage());
        }
        PartneringJsonException e = readFails(JsonTesting.PLAIN, "{\"amount\": \"1e99999999999\", \"currency\": \"SEK\"}",
                Money.class);
        assertTrue(e.getMessage().contains("\"1e99999999999\" is not a decimal number"), e.getMessage());
    }

    @Test
    void notANumberIsRefused() {
        PartneringJsonException e = readFails(JsonTesting.PLAIN, "{\"amount\": \"NaN\", \"currency\": \"SEK\"}", Money.class);
        assertTrue(e.getMessage().contains("\"NaN\" is not a decimal number"), e.getMessage());

        ObjectMapper nonNumeric = new ObjectMapper().registerModule(new PartneringModule())
                .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
        e = readFails(nonNumeric, "{\"amount\": NaN, \"currency\": \"SEK\"}", Money.class);
        assertTrue(e.getMessage().contains("'NaN' is not a finite number"), e.getMessage());
        e = readFails(JsonTesting.PLAIN, "{\"amount\": NaN, \"currency\": \"SEK\"}", Money.class);
        assertTrue(e.getMessage().contains("Non-standard token 'NaN'"), e.getMessage());
    }

    @Test
    void numbersAreReadExactlyAndDecimalsKeepTheirScale() throws Exception {
        Money m = JsonTesting.PLAIN.readValue("{\"amount\": 0.1000000000000000055511151231257827, \"currency\": \"EUR\"}",
                Money.class);
        assertEquals(new BigDecimal("0.1000000000000000055511151231257827"), m.amount());
        Measurement read = JsonTesting.read("{\"kpiId\": \"availability\", \"period\": \"2026-03\", \"value\": 99.50,"
                + " \"recordedAt\": \"2026-03-31T12:00:00Z\"}", Measurement.class);
        assertEquals(new BigDecimal("99.50"), read.value().orElseThrow());
        assertEquals("\"99.50\"", JsonTesting.tree(read).get("value").toString());
    }

    @Test
    void invalidDatesPeriodsAndEnumsAreRefusedNamingTheFormat() {
        String json = "{\"kpiId\": \"availability\", \"period\": \"2026-Q5\", \"value\": \"1\","
                + " \"recordedAt\": \"2026-02-30T12:00:00Z\"}";
        PartneringJsonException e = readFails(JsonTesting.MAPPER, json, Measurement.class);
        assertTrue(e.getMessage().contains("$.period: quarter 5 must be between 1 and 4 [value: 5]"), e.getMessage());
        assertTrue(e.getMessage().contains("$.recordedAt: \"2026-02-30T12:00:00Z\" is not an ISO-8601 instant"), e.getMessage());
    }

    @Test
    void anUnknownTypeNameListsTheKnownOnes() {
        ObjectNode doc = agreementDocument();
        ((ObjectNode) agreement(doc).get("incentiveScheme").get("components").get(0)).put("type", "dev.example.Rebate");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals("$.agreement.incentiveScheme.components[0].type", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("unknown incentive component type \"dev.example.Rebate\"; the types are gain-share,"
                + " at-risk-pool, service-credit-tiers, bonus-malus, penalty"), e.getMessage());
    }

    @Test
    void aFamilyMemberAskedForByClassMustBeThatMember() {
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "{\"type\": \"mean\"}", AggregationRule.Percentile.class);
        assertTrue(e.getMessage().contains("$.type: unknown type \"mean\" for AggregationRule.Percentile; the types are"
                + " percentile"), e.getMessage());
    }

    @Test
    void theVersionsOfAHistoryMustFollowFromTheirAmendments() {
        ObjectNode doc = (ObjectNode) JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + "agreement-history.json"));
        ObjectNode version2 = (ObjectNode) doc.get("agreementHistory").get("versions").get(1);
        ((ObjectNode) version2.get("agreement")).put("title", "Something else");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of(Violation.of("$.agreementHistory.versions[1].agreement", "it-partnering",
                "version 2's agreement differs from version 1 amended by its amendment")), e.violations());
    }

    @Test
    void anIncentiveChangeWithoutItsSchemeIsRefusedForAnAgreementThatCarriesOne() {
        // version 1 carries a gain share; an incentive-changed note without "scheme" would leave it in force
        ObjectNode doc = (ObjectNode) JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + "agreement-history.json"));
        ObjectNode change = (ObjectNode) doc.get("agreementHistory").get("versions").get(1).get("amendment").get("changes")
                .get(3);
        assertEquals("incentive-changed", change.get("type").textValue());
        change.remove("scheme");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of(Violation.of("$.agreementHistory.versions[1].amendment.changes[3].scheme", null,
                "agreement 'it-partnering' carries an incentive scheme, so incentive change 'gain share raised from 40 % to"
                        + " 50 % of savings' must give the new scheme; without it the old scheme would stay in force")),
                e.violations());
    }

    @Test
    void aTypeThatCannotBeReadOnItsOwnSaysWhatToReadInstead() {
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "{}", AgreementVersion.class);
        assertTrue(e.getMessage().contains("AgreementVersion is a result, written only, never read back: a version is rebuilt"
                + " from its history;"
                + " read the AgreementHistory that holds it"), e.getMessage());
    }

    @Test
    void askingADocumentForAnotherKindOfValueNamesWhatItHolds() throws Exception {
        PartneringDocument doc = JsonTesting.read(JsonTesting.resource(GoldenFiles.V1 + "scorecard.json"),
                PartneringDocument.class);
        assertEquals("the document holds a scorecard, not an Agreement",
                assertThrows(IllegalStateException.class, () -> doc.value(Agreement.class)).getMessage());
        assertEquals("the document holds a scorecard, not measurements",
                assertThrows(IllegalStateException.class, doc::measurements).getMessage());
        assertEquals("2026-02", doc.value(Scorecard.class).period().toString());
    }

    // ---------------------------------------------------------------- trust, governance, health

    private static ObjectNode document(String file) {
        return (ObjectNode) JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file));
    }

    @Test
    void anAnswerNamesOneOfTheSurveysDimensionsAndStaysOnItsScale() {
        ObjectNode doc = document("trust-survey.json");
        ArrayNode responses = (ArrayNode) doc.get("trustSurvey").get("responses");
        ((ObjectNode) responses.get(0).get("answers").get(0)).put("value", 6);
        ((ObjectNode) responses.get(1).get("answers").get(1)).put("dimension", "loyalty");

        PartneringJsonException e = readFails(doc.toString());

        // the survey resolves its answers' dimensions by id when it is built: its own rules refuse an id that is
        // none of its dimensions, together with every other rule it breaks
        assertEquals(List.of("$.trustSurvey"), e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
        assertEquals(List.of("$.trustSurvey.responses[0].answers[0].value", "$.trustSurvey.responses[1].answers[1].dimension"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().contains("respondent 'r-1c9e' answers dimension 'loyalty', which is not one of the survey's"
                + " dimensions [honesty, transparency]"), e.getMessage());

        ((ObjectNode) responses.get(1).get("answers").get(1)).put("dimension", "transparency");
        e = readFails(doc.toString());
        assertEquals(List.of(Violation.of("$.trustSurvey.responses[0].answers[0].value", "6",
                "respondent 'r-7f3a' answers 6 on 'honesty', outside the scale 1-5")), e.violations());
    }

    @Test
    void anAnswersDimensionIsFoundByIdWhereverTheSurveyListsItsDimensions() throws Exception {
        ObjectNode doc = document("trust-survey.json");
        ObjectNode survey = (ObjectNode) doc.get("trustSurvey");
        dev.partnering.trust.TrustSurvey golden = JsonTesting.read(doc.toString(), PartneringDocument.class)
                .value(dev.partnering.trust.TrustSurvey.class);
        // the responses before the dimensions: the answers are resolved when the survey is built, not as they are read
        ObjectNode reordered = JsonTesting.MAPPER.createObjectNode();
        reordered.set("responses", survey.get("responses"));
        survey.fieldNames().forEachRemaining(f -> reordered.set(f, survey.get(f)));
        doc.set("trustSurvey", reordered);

        dev.partnering.trust.TrustSurvey read = JsonTesting.read(doc.toString(), PartneringDocument.class)
                .value(dev.partnering.trust.TrustSurvey.class);

        assertEquals(golden, read);
        // each answer holds the survey's own dimension (its name too), not a placeholder named by the id
        read.responses().forEach(r -> r.answers().forEach(a -> assertEquals(read.dimension(a.dimension().id()).orElseThrow(),
                a.dimension())));
    }

    @Test
    void anAnswersDimensionThatIsNoIdAtAllIsReportedAtTheAnswer() {
        ObjectNode doc = document("trust-survey.json");
        ArrayNode responses = (ArrayNode) doc.get("trustSurvey").get("responses");
        ((ObjectNode) responses.get(1).get("answers").get(1)).put("dimension", "no id");

        PartneringJsonException e = readFails(doc.toString());

        assertEquals(List.of("$.trustSurvey.responses[1].answers[1].dimension"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
        assertTrue(e.getMessage().contains("trust dimension id 'no id' must be 1 to 64 letters"), e.getMessage());
    }

    @Test
    void answersAndResponsesAreReadOnlyWithinTheirSurvey() {
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "{\"dimension\": \"honesty\", \"value\": 3}", Answer.class);
        assertTrue(e.getMessage().contains("Answer cannot be read on its own: an answer names its dimension by id; read the"
                + " TrustSurvey that holds it"), e.getMessage());
        e = readFails(JsonTesting.MAPPER, "{}", SurveyResponse.class);
        assertTrue(e.getMessage().contains("SurveyResponse cannot be read on its own"), e.getMessage());
    }

    @Test
    void governanceRecordsAreCheckedByTheDomainsRules() {
        ObjectNode meetings = document("forum-meetings.json");
        ObjectNode cancelled = (ObjectNode) meetings.get("forumMeetings").get(2);
        assertEquals("CANCELLED", cancelled.get("status").textValue());
        cancelled.putObject("attendance").put("CUSTOMER", 2);

        PartneringJsonException e = readFails(meetings.toString());

        assertEquals("$.forumMeetings[2].attendance", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("meeting of forum 'delivery' on 2026-02-11 was cancelled and cannot have attendance"),
                e.getMessage());

        ObjectNode escalations = document("escalations.json");
        ((ObjectNode) escalations.get("escalations").get(1).get("steps").get(0)).put("level", "OPERATIONAL");
        e = readFails(escalations.toString());
        assertEquals("$.escalations[1].steps[0].level", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("an escalation only goes to a higher level"), e.getMessage());
    }

    // ---------------------------------------------------------------- results written only

    @Test
    void trustGovernanceAndReadinessReportsAreWrittenOnlyAndReadingOneSaysSo() {
        for (String file : List.of("trust-report.json", "governance-report.json", "readiness-report.json")) {
            PartneringJsonException e = readFails(JsonTesting.resource(GoldenFiles.V1 + file));
            assertEquals(1, e.problems().size(), file);
            assertTrue(e.getMessage().contains("is written only, never read back"), e.getMessage());
        }
        PartneringJsonException e = readFails(JsonTesting.MAPPER,
                document("trust-report.json").get("trustReport").toString(), TrustReport.class);
        assertTrue(e.getMessage().contains("TrustReport is a result, written only, never read back"), e.getMessage());
    }
}
