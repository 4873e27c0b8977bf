package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Review C: the Jackson 3 twin of ReviewCAbsentEnumTest (an absent enum field refused as a found null). */
class ReviewC3AbsentEnumTest {

    @Test
    void anAbsentEnumFieldOfAnElementIsNotANullElement() throws Exception {
        JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden("agreement.json"));
        ((ObjectNode) doc.at("/agreement/incentiveScheme/remedyTriggers/0")).remove("remedy");
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> Json3Testing.MAPPER.readValue(doc.toString(), PartneringDocument.class));
        System.out.println("REVIEWC3 absent remedy: " + e.problems());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("found null")), e.problems().toString());
    }
}
