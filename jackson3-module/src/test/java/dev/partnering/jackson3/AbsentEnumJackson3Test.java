package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Jackson 3 twin of NullAndAbsentScalarsTest: an absent enum field of an array's element is not a null element. */
class AbsentEnumJackson3Test {

    @Test
    void anAbsentEnumFieldOfAnElementIsNotANullElement() throws Exception {
        JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden("agreement.json"));
        ((ObjectNode) doc.at("/agreement/incentiveScheme/remedyTriggers/0")).remove("remedy");
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> Json3Testing.MAPPER.readValue(doc.toString(), PartneringDocument.class));
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("found null")), e.problems().toString());
    }
}
