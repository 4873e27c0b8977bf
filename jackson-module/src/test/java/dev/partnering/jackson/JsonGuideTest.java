package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.agreement.Agreement;
import dev.partnering.jackson.common.mixin.PartneringMixins;
import dev.partnering.kpi.Measurement;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;

/** The examples of docs/json-and-csv.md, run. */
class JsonGuideTest {

    @Test
    void readAndWriteDocuments() throws Exception {
        String agreementJson = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");
        String measurementsJson = JsonTesting.resource(GoldenFiles.V1 + "measurements.json");
        // tag::documents[]
        ObjectMapper mapper = PartneringJson.mapper(); // or: new ObjectMapper().registerModule(new PartneringModule())
        Agreement agreement = mapper.readValue(agreementJson, PartneringDocument.class).value(Agreement.class);
        List<Measurement> measurements = mapper.readValue(measurementsJson, PartneringDocument.class).measurements();
        String out = mapper.writeValueAsString(PartneringDocument.of(agreement));
        // end::documents[]
        assertEquals("it-partnering", agreement.id());
        assertEquals(13, measurements.size()); // the golden file's 13 measurements
        assertEquals(JsonTesting.tree(agreementJson), JsonTesting.tree(out));
    }

    @Test
    void reportsAreWrittenOnly() throws Exception {
        ObjectMapper mapper = PartneringJson.mapper();
        TrustSurvey survey = mapper.readValue(JsonTesting.resource(GoldenFiles.V1 + "trust-survey.json"),
                PartneringDocument.class).value(TrustSurvey.class);
        // tag::write-only[]
        TrustReport report = TrustCalculator.standard().assess(survey);
        String json = mapper.writeValueAsString(PartneringDocument.of(report)); // to a dashboard, an archive
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> mapper.readValue(json, PartneringDocument.class)); // "a trust report is written only, ..."
        // end::write-only[]
        assertTrue(e.getMessage().contains("a trust report is written only, never read back"), e.getMessage());
    }

    @Test
    void theMixinsForAnotherJacksonModule() {
        // tag::mixins[]
        Map<Class<?>, Class<?>> mixins = PartneringMixins.all(); // target type -> mix-in, annotations only
        // a Jackson 3 module: mixins.forEach(context::setMixIn) in its setupModule
        // end::mixins[]
        assertTrue(mixins.containsKey(Measurement.class));
    }
}
