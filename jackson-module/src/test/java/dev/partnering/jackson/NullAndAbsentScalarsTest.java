package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Strict.getNullValue (5ea6ed4) refuses "a null element of an enum list", but Jackson also asks
 * getNullValue (through getAbsentValue) for an enum creator parameter that is absent; when the value made by its
 * creator is an element of an array, the parser's context is that array after the value's END_OBJECT, so a
 * document WITHOUT any null is refused with "expected one of the names of Remedy, found null", at the element's path,
 * the field never named. Before 5ea6ed4 the same document was refused naming the field (remedy is required).
 */
class NullAndAbsentScalarsTest {

    @Test
    void anAbsentEnumFieldOfAnElementIsNotANullElement() throws Exception {
        ObjectMapper trees = new ObjectMapper();
        JsonNode doc = trees.readTree(Files.readString(Path.of("src", "test", "resources", "format", "v1", "agreement.json")));
        ((ObjectNode) doc.at("/agreement/incentiveScheme/remedyTriggers/0")).remove("remedy");
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.MAPPER.readValue(doc.toString(), PartneringDocument.class));
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("found null")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.jsonPath().endsWith(".remedy") || p.message().contains("remedy")
                || p.violations().stream().anyMatch(v -> v.path().endsWith("remedy"))), e.problems().toString());
    }

    /**
     * Sibling of the enum-list fix, not introduced today: a null element of a list of strings of a value made by its
     * creator (a scorecard line's aggregation notes) is refused as "Cannot construct instance of
     * `dev.partnering.kpi.Aggregation`, problem: `java.lang.NullPointerException`" at the aggregation, not in the
     * format's words at the element ($.scorecard.lines[0].aggregation.notes[0]).
     */
    @Test
    void aNullNoteIsRefusedInTheFormatsWords() throws Exception {
        ObjectMapper trees = new ObjectMapper();
        JsonNode doc = trees.readTree(Files.readString(Path.of("src", "test", "resources", "format", "v1", "scorecard.json")));
        ((ObjectNode) doc.at("/scorecard/lines/0/aggregation")).putArray("notes").addNull();
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.MAPPER.readValue(doc.toString(), PartneringDocument.class));
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("NullPointerException")), e.problems().toString());
    }
}
