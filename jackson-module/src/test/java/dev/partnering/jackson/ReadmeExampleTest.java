package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;

/** The README's JSON examples, run as written; the output the README shows is checked here. */
class ReadmeExampleTest {

    @Test
    void readAnAgreementAndWriteItsStatement() throws Exception {
        String agreementJson = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");
        String measurementsJson = JsonTesting.resource(GoldenFiles.V1 + "measurements.json");

        // --- README example starts
        ObjectMapper mapper = PartneringJson.mapper();

        // an agreement and its measurements, as an ERP sends them
        Agreement agreement = mapper.readValue(agreementJson, PartneringDocument.class).value(Agreement.class);
        List<Measurement> measurements = mapper.readValue(measurementsJson, PartneringDocument.class).measurements();

        IncentiveStatement statement = IncentiveCalculator.standard().calculate(agreement,
                agreement.incentiveScheme().orElseThrow(), List.of(ReportingPeriod.parse("2026-02")), measurements,
                List.of(), Map.of());

        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(PartneringDocument.of(statement));
        // System.out.println(json);
        // --- README example ends

        assertEquals(statement, mapper.readValue(json, PartneringDocument.class).value(IncentiveStatement.class));
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 1,\n  \"incentiveStatement\" : {"), json);
        // the lines the README shows
        assertTrue(json.contains("      \"limitApplied\" : \"floor 15 % of the fee = -37500.00 SEK applied to -45000.00 SEK\",\n"
                + "      \"net\" : {\n"
                + "        \"amount\" : \"-37500.00\",\n"
                + "        \"currency\" : \"SEK\"\n"
                + "      },\n"
                + "      \"netByParty\" : {\n"
                + "        \"acme\" : {\n"
                + "          \"amount\" : \"-37500.00\","), json);
    }

    @Test
    void aBrokenAgreement() throws Exception {
        String agreementJson = JsonTesting.resource(GoldenFiles.V1 + "agreement.json")
                .replace("\"target\" : \"99.5\"", "\"target\" : \"98\"")
                .replaceFirst("\"kind\" : \"CUSTOMER\"", "\"kind\" : \"BUYER\"")
                .replaceFirst("\"mandate\"", "\"mandat\"");
        PartneringJsonException e = org.junit.jupiter.api.Assertions.assertThrows(PartneringJsonException.class,
                () -> PartneringJson.mapper().readValue(agreementJson, PartneringDocument.class));
        // each problem where the parser found it in format/v1/agreement.json: a wrong value and an unknown field at
        // the value; the missing mandate and the KPI's broken rule at their objects, roles[0] (line 73) and kpis[0]
        // (line 190), found when they are built; the exception at the first problem
        assertTrue(e.getMessage().startsWith("Cannot read PartneringDocument at $ (4 problems):\n"
                + "  - $.agreement.parties[0].kind: \"BUYER\" is not one of CUSTOMER, SUPPLIER (line 12, column 18)\n"
                + "  - $.agreement.governance.roles[0].mandat: unknown field 'mandat'; the fields here are id, title, party,"
                + " level, mandate, counterpart, holder (line 78, column 22)\n"
                + "  - $.agreement.governance.roles[0].mandate: mandate is required: null is not allowed (line 73, column 9)\n"
                + "  - $.agreement.kpis[0].minimum: kpi 'availability': minimum 99.0 must be below target 98 for a"
                + " HIGHER_IS_BETTER kpi [value: 99.0] (line 190, column 7)\n"
                + " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 12, column: 18]"),
                e.getMessage());
    }

    @Test
    void readASurveyAndWriteItsTrustReport() throws Exception {
        String surveyJson = JsonTesting.resource(GoldenFiles.V1 + "trust-survey.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        // --- README trust example starts
        ObjectMapper mapper = PartneringJson.mapper();
        TrustSurvey survey = mapper.readValue(surveyJson, PartneringDocument.class).value(TrustSurvey.class);
        TrustReport report = TrustCalculator.standard().assess(survey);

        String json = mapper.writeValueAsString(PartneringDocument.of(report));
        // a suppressed figure is written without a number: honesty at customer level A, the third suppressed
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report.suppressed().get(2)));
        // the report is written only: it leaves out the answers, so it cannot be checked when read
        try {
            mapper.readValue(json, PartneringDocument.class);
        } catch (PartneringJsonException e) {
            out.println(e.getMessage().lines().limit(2).collect(Collectors.joining("\n")));
        }
        // --- README trust example ends

        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals("""
                {
                  "type" : "suppressed",
                  "group" : {
                    "dimension" : {
                      "id" : "honesty",
                      "name" : "Honesty"
                    },
                    "side" : "CUSTOMER",
                    "level" : "STRATEGIC",
                    "label" : "honesty, customer side, level A"
                  },
                  "reason" : "BELOW_MINIMUM",
                  "minimumGroupSize" : 3
                }
                Cannot read PartneringDocument at $ (1 problem):
                  - $.trustReport: a trust report is written only, never read back: it leaves out the answers it was\
                 computed from; compute it again from the survey (line 1, column 34)
                """, printed);
    }
}
