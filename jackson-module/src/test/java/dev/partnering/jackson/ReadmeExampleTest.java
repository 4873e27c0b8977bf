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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        // each problem at the line and column of its field in format/v1/agreement.json; the missing
        // mandate at its object, roles[0], whose "{" is on line 73; the exception at the first problem
        assertTrue(e.getMessage().startsWith("Cannot read PartneringDocument at $ (4 problems):\n"
                + "  - $.agreement.parties[0].kind: \"BUYER\" is not one of CUSTOMER, SUPPLIER (line 12, column 9)\n"
                + "  - $.agreement.governance.roles[0].mandate: required field 'mandate' is missing (line 73, column 9)\n"
                + "  - $.agreement.governance.roles[0].mandat: unknown field 'mandat'; the fields here are id, title, party,"
                + " level, mandate, counterpart, holder (line 78, column 11)\n"
                + "  - $.agreement.kpis[0].minimum: kpi 'availability': minimum 99.0 must be below target 98 for a"
                + " HIGHER_IS_BETTER kpi [value: 99.0] (line 197, column 9)\n"
                + " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 12, column: 9]"),
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
        // the report reads back equal: it is rebuilt from its figures, which are checked
        out.println(mapper.readValue(json, PartneringDocument.class).value(TrustReport.class).equals(report));

        // a report edited by hand to show that figure (one respondent answered 4, normalised 75) is refused
        ObjectNode edited = (ObjectNode) mapper.readTree(json);
        ObjectNode figure = (ObjectNode) edited.at("/trustReport/levels/0/scores/0");
        figure.put("type", "shown").put("value", "75").put("answers", 1).put("respondents", 1);
        figure.remove(List.of("reason", "minimumGroupSize"));
        ((ArrayNode) edited.at("/trustReport/suppressed")).remove(2);
        try {
            mapper.readValue(edited.toString(), PartneringDocument.class);
        } catch (PartneringJsonException e) {
            out.println(e.getMessage().lines().limit(4).collect(Collectors.joining("\n")));
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
                true
                Cannot read PartneringDocument at $ (1 problem):
                  - $.trustReport: TrustReport of 2026-06-15 is invalid (2 violations):
                """ + "      - $.trustReport.levels[0].scores[0].respondents: 'honesty, customer side, level A' is shown with 1"
                + " respondents, fewer than the minimum group size 3; it must be suppressed [value: 1] (line 1, column 3957)\n"
                + "      - $.trustReport.levels[0].index.included: the trust index of the customer side at level A includes []"
                + " and leaves out [honesty, transparency], but the dimensions with a shown score are [honesty] and the"
                + " others [transparency] [value: []] (line 1, column 4157)\n", printed);
    }
}
