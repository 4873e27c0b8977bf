package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tools.jackson.databind.json.JsonMapper;

import dev.partnering.jackson.GoldenValues;

/**
 * JSON {@code null} is never a value of the format (FORMAT.md: an absent optional field is empty,
 * and {@code null} for it is refused like any other): for every readable golden file, every kind of
 * value in it (a field of an object or an element of an array, the same path but for array indices
 * standing for the rest) replaced by {@code null} is refused by both modules. The family was added
 * when a step's fact given as {@code null} was found read into a step that could not be written.
 */
class BothModulesNullValuesTest {

    private static final JsonMapper PLAIN3 = JsonMapper.builder().addModule(new PartneringModule()).build();

    static Stream<Arguments> everyKindOfValue() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : Json3Testing.goldenFiles()) {
            if (GoldenValues.writeOnly().contains(file)) {
                continue;
            }
            List<String> pointers = new ArrayList<>();
            collect("", Json3Testing.JACKSON2.readTree(Json3Testing.golden(file)), pointers);
            Set<String> kinds = new HashSet<>();
            for (String pointer : pointers) {
                if (kinds.add(pointer.replaceAll("/\\d+", "/N"))) {
                    all.add(Arguments.of(file, pointer));
                }
            }
        }
        return all.stream();
    }

    private static void collect(String pointer, JsonNode node, List<String> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                all.add(at);
                collect(at, e.getValue(), all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                all.add(pointer + "/" + i);
                collect(pointer + "/" + i, node.get(i), all);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindOfValue")
    void aNullInPlaceOfAnyValueIsRefusedByBothModules(String file, String pointer) throws Exception {
        JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden(file));
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? doc : doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), array.nullNode());
        } else {
            ((ObjectNode) parent).putNull(last);
        }
        String json = doc.toString();
        String where = file + " with null at " + pointer;
        assertAll(() -> assertThrows(dev.partnering.jackson.PartneringJsonException.class,
                () -> Json3Testing.JACKSON2.readValue(json, dev.partnering.jackson.PartneringDocument.class),
                "Jackson 2 read " + where),
                () -> assertThrows(PartneringJsonException.class, () -> PLAIN3.readValue(json, PartneringDocument.class),
                        "Jackson 3 read " + where));
    }
}
