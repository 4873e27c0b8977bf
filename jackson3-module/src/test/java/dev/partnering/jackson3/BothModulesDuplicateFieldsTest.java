package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import tools.jackson.databind.json.JsonMapper;

import dev.partnering.jackson.GoldenValues;

/**
 * A field given twice is refused by both modules wherever it stands, whatever the mapper's stream
 * features: for every readable golden file, every kind of object in it (the same path but for array
 * indices, and the same {@code "type"}) and every field of it, the document with that field repeated
 * is refused with one problem naming the field at its path. Jackson 3 is read with a plain mapper
 * (no duplicate detection of the parser's), so the module's own check is what is tested. The family
 * was added when a field given twice in a value made by its creator (money, records, statement
 * parts) was found read with the last one winning: 3,001 of 4,897 repeated fields were accepted.
 */
class BothModulesDuplicateFieldsTest {

    /** A Jackson 3 mapper with the module and nothing else: the parser does not look for duplicates. */
    private static final JsonMapper PLAIN3 = JsonMapper.builder().addModule(new PartneringModule()).build();

    static Stream<Arguments> everyKindOfField() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : Json3Testing.goldenFiles()) {
            if (GoldenValues.writeOnly().contains(file)) {
                continue;
            }
            JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden(file));
            List<String[]> fields = new ArrayList<>();
            collect("", doc, fields);
            Set<String> kinds = new HashSet<>();
            for (String[] f : fields) {
                JsonNode object = f[0].isEmpty() ? doc : doc.at(f[0]);
                if (kinds.add(f[0].replaceAll("/\\d+", "/N") + " " + object.path("type").asText() + " " + f[1])) {
                    all.add(Arguments.of(file, f[0], f[1]));
                }
            }
        }
        return all.stream();
    }

    private static void collect(String pointer, JsonNode node, List<String[]> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                all.add(new String[] {pointer, e.getKey()});
                collect(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(pointer + "/" + i, node.get(i), all);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @MethodSource("everyKindOfField")
    void aFieldGivenTwiceIsRefusedByBothModulesAtItsPath(String file, String pointer, String field) throws Exception {
        JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden(file));
        StringBuilder json = new StringBuilder();
        write(doc, pointer.isEmpty() ? doc : doc.at(pointer), field, json);
        String path = "$" + pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.') + "." + field;
        String message = "field '" + field + "' appears more than once";

        dev.partnering.jackson.PartneringJsonException two = assertThrows(dev.partnering.jackson.PartneringJsonException.class,
                () -> Json3Testing.JACKSON2.readValue(json.toString(), dev.partnering.jackson.PartneringDocument.class));
        assertEquals(1, two.problems().size(), two.getMessage());
        assertTrue(two.problems().stream().anyMatch(p -> p.jsonPath().equals(path) && p.message().equals(message)),
                two.getMessage());

        PartneringJsonException three = assertThrows(PartneringJsonException.class,
                () -> PLAIN3.readValue(json.toString(), PartneringDocument.class));
        assertEquals(1, three.problems().size(), three.getMessage());
        assertTrue(three.problems().stream().anyMatch(p -> p.jsonPath().equals(path) && p.message().equals(message)),
                three.getMessage());
    }

    /** Writes the document with the target object's field twice, the copy right after the original. */
    private static void write(JsonNode node, JsonNode target, String field, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                int times = node == target && e.getKey().equals(field) ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    out.append(first ? "" : ",").append(new TextNode(e.getKey())).append(':');
                    write(e.getValue(), target, field, out);
                    first = false;
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), target, field, out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }
}
