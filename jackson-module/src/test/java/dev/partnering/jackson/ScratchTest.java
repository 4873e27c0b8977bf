package dev.partnering.jackson;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        ObjectMapper m = PartneringJson.mapper();
        Agreement a = Fixtures.agreement();
        String json = m.writerWithDefaultPrettyPrinter().writeValueAsString(PartneringDocument.of(a));
        System.out.println(json.substring(0, 3000));
        Agreement back = m.readValue(json, PartneringDocument.class).value(Agreement.class);
        System.out.println("EQUAL " + a.equals(back));
        String bad = json.replace("\"99.0\"", "\"99.9\"").replace("\"weight\" : \"2\"", "\"weight\" : \"0\"").replace("\"SEK\"", "\"SEKK\"").replace("\"title\" : \"Executive sponsor\"", "\"title\" : 5, \"colour\": 1");
        try {
            m.readValue(bad, PartneringDocument.class);
        } catch (PartneringJsonException e) {
            System.out.println(e.getMessage());
        }
    }
}
