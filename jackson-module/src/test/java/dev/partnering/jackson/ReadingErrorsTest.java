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
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import dev.partnering.trust.TrustReport;

/**
 * What reading bad JSON reports: every problem, with its JSON path and the domain's own words. The
 * cases whose documents both modules read (agreements and their rules, format versions, surveys,
 * governance records, histories) run over this module and the Jackson 3 module alike, in
 * {@code BothModulesReadingErrorsTest} of {@code jackson3-module}; here the cases of this module's
 * mappers and types.
 */
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
    void aFamilyMemberAskedForByClassMustBeThatMember() {
        PartneringJsonException e = readFails(JsonTesting.MAPPER, "{\"type\": \"mean\"}", AggregationRule.Percentile.class);
        assertTrue(e.getMessage().contains("$.type: unknown type \"mean\" for AggregationRule.Percentile; the types are"
                + " percentile"), e.getMessage());
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
