package dev.partnering.jackson3.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.partnering.jackson3.PartneringDocument;
import dev.partnering.jackson3.PartneringJsonException;
import dev.partnering.jackson3.PartneringModule;
import dev.partnering.kpi.Measurement;

/** The Jackson 3 snippets of docs/json-and-csv.md, compiled and run. */
class JsonGuideTest {

    private static final String JSON = "{\"formatVersion\": 1, \"measurements\": [{\"kpiId\": \"availability\","
            + " \"period\": \"2026-03\", \"value\": \"99.82\", \"recordedAt\": \"2026-04-01T08:00:00Z\"}]}";

    @Test
    void jackson3Documents() {
        String json = JSON;
        // tag::jackson3-documents[]
        JsonMapper mapper = JsonMapper.builder().addModule(new PartneringModule()).build(); // or findAndAddModules()
        List<Measurement> measurements = mapper.readValue(json, PartneringDocument.class).measurements();
        String out = mapper.writeValueAsString(PartneringDocument.ofMeasurements(measurements));
        // the same bytes as partnering-jackson (Jackson 2) writes; a bad document throws one
        // PartneringJsonException listing every problem with its JSON path, e.g. $.measurements[0].period
        // end::jackson3-documents[]
        assertEquals("{\"formatVersion\":1,\"measurements\":[{\"kpiId\":\"availability\",\"period\":\"2026-03\","
                + "\"value\":\"99.82\",\"recordedAt\":\"2026-04-01T08:00:00Z\"}]}", out);
        PartneringJsonException e = org.junit.jupiter.api.Assertions.assertThrows(PartneringJsonException.class,
                () -> mapper.readValue(json.replace("2026-03", "2026-13"), PartneringDocument.class));
        assertEquals("$.measurements[0].period", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("month 13 must be between 1 and 12"), e.getMessage());
    }
}
