package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.IncentiveCalculator;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;

/** The README's JSON example, run as written; its printed output is what the README shows. */
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
        System.out.println(json);
        // --- README example ends

        assertEquals(statement, mapper.readValue(json, PartneringDocument.class).value(IncentiveStatement.class));
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 1,\n  \"incentiveStatement\" : {"), json);
    }

    @Test
    void aBrokenAgreement() throws Exception {
        String agreementJson = JsonTesting.resource(GoldenFiles.V1 + "agreement.json")
                .replace("\"target\" : \"99.5\"", "\"target\" : \"98\"")
                .replaceFirst("\"kind\" : \"CUSTOMER\"", "\"kind\" : \"BUYER\"")
                .replaceFirst("\"mandate\"", "\"mandat\"");
        try {
            PartneringJson.mapper().readValue(agreementJson, PartneringDocument.class);
        } catch (PartneringJsonException e) {
            System.out.println(e.getMessage());
            assertEquals(4, e.problems().size());
        }
    }
}
