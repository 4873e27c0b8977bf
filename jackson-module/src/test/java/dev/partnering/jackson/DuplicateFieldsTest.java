package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A field given twice is ambiguous (which one counts would be the parser's guess), so it is refused
 * wherever it stands: for every readable golden file, every kind of object in it (objects at the
 * same path but for their array indices and of the same {@code "type"} are one kind: the first
 * stands for the rest) and every field
 * of that object, the document with that one field repeated (same value, right after the first) is
 * refused with one problem naming the field at its path. This family was added when a field given twice in
 * a value read through its creator (money, records) was found read with the last one winning.
 */
class DuplicateFieldsTest {

    /** @return (file, JSON pointer of the object, field name) for every field of every readable golden file */
    static Stream<Arguments> everyField() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (String file : GoldenFiles.v1().keySet()) {
            if (GoldenFiles.WRITE_ONLY.contains(file)) {
                continue;
            }
            JsonNode doc = JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file));
            List<Arguments> fields = new ArrayList<>();
            collect(file, "", doc, fields);
            java.util.Set<String> kinds = new java.util.HashSet<>();
            for (Arguments a : fields) {
                Object[] f = a.get();
                // one case per kind of object (its path without indices, and its "type" in a family) and field
                JsonNode object = ((String) f[1]).isEmpty() ? doc : doc.at((String) f[1]);
                if (kinds.add(((String) f[1]).replaceAll("/\\d+", "/N") + " " + object.path("type").asText() + " " + f[2])) {
                    all.add(a);
                }
            }
        }
        return all.stream();
    }

    private static void collect(String file, String pointer, JsonNode node, List<Arguments> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                all.add(Arguments.of(file, pointer, e.getKey()));
                collect(file, pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(file, pointer + "/" + i, node.get(i), all);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @MethodSource("everyField")
    void aFieldGivenTwiceIsRefusedAtItsPath(String file, String pointer, String field) throws Exception {
        String original = JsonTesting.resource(GoldenFiles.V1 + file);
        String json = repeated(original, pointer, field);

        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(json, PartneringDocument.class), file + " " + pointer + "/" + field);

        String path = "$" + pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.') + "." + field;
        assertTrue(e.problems().stream().anyMatch(p -> p.jsonPath().equals(path)
                && p.message().equals("field '" + field + "' appears more than once")), e.getMessage());
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    /** @return the document with the object's field written twice, the copy right after the original */
    private static String repeated(String json, String pointer, String field) throws Exception {
        ObjectNode doc = (ObjectNode) JsonTesting.tree(json);
        ObjectNode target = (ObjectNode) (pointer.isEmpty() ? doc : doc.at(pointer));
        StringBuilder out = new StringBuilder();
        write(doc, target, field, out);
        return out.toString();
    }

    private static void write(JsonNode node, ObjectNode target, String field, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                int times = node == target && e.getKey().equals(field) ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    out.append(first ? "" : ",");
                    out.append(new com.fasterxml.jackson.databind.node.TextNode(e.getKey()).toString()).append(':');
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
            out.append(node.toString());
        }
    }
}
