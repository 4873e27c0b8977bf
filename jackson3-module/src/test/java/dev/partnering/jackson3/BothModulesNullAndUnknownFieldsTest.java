package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Two families over every kind of value of every readable golden file (a field of an object or an
 * element of an array; the same path but for array indices stands for the rest), read by both modules:
 * <ul>
 * <li>JSON {@code null} is never a value of the format (FORMAT.md: an absent optional field, array or
 * map is empty, and {@code null} for it is refused like any other): the value replaced by {@code null}
 * is refused. Added when a step's fact given as {@code null} was read into a step that could not be
 * written, and then a scorecard's {@code lines: null} was found read as no lines.</li>
 * <li>An unknown field added to any object is refused by both modules in the same words, at its own
 * path and where its value is. Added when an unknown field of a value made by its creator (a
 * scorecard, a statement) was found reported at the path of the value's last field, without a
 * location.</li>
 * </ul>
 */
class BothModulesNullAndUnknownFieldsTest {

    private static final JsonMapper PLAIN3 = JsonMapper.builder().addModule(new PartneringModule()).build();

    static Stream<Arguments> everyKindOfValue() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : Json3Testing.goldenFiles()) {
            if (GoldenValues.writeOnly().contains(file)) {
                continue;
            }
            List<String> pointers = new ArrayList<>();
            pointers.addAll(dev.partnering.jackson.JsonPointers.of(Json3Testing.JACKSON2.readTree(Json3Testing.golden(file)), false));
            Set<String> kinds = new HashSet<>();
            for (String pointer : pointers) {
                if (kinds.add(pointer.replaceAll("/\\d+", "/N"))) {
                    all.add(Arguments.of(file, pointer));
                }
            }
        }
        return all.stream();
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
        var two = assertThrows(dev.partnering.jackson.PartneringJsonException.class,
                () -> Json3Testing.JACKSON2.readValue(json, dev.partnering.jackson.PartneringDocument.class),
                "Jackson 2 read " + where);
        var three = assertThrows(PartneringJsonException.class, () -> PLAIN3.readValue(json, PartneringDocument.class),
                "Jackson 3 read " + where);
        String path = jsonPath(pointer);
        if (path != null) {
            // the refusal names the null's own path (a map's key in brackets), or the value holding it with the field
            // named in its words (a value made by its creator, a member chosen by its type, a builder's list), and
            // nothing inside it: a null has no fields (a field refused by its builder's setter was once named
            // twice, $.measurements[0].source.source)
            String key = path.substring(0, path.lastIndexOf('.') < 0 ? 0 : path.lastIndexOf('.')) + "[" + last + "]";
            assertAll(() -> assertNamedAt(path, key, last, two.problems().stream().map(p -> new Named(p.jsonPath(),
                            p.message(), p.violations())).toList(), "Jackson 2, " + where),
                    () -> assertNamedAt(path, key, last, three.problems().stream().map(p -> new Named(p.jsonPath(),
                            p.message(), p.violations())).toList(), "Jackson 3, " + where));
        }
    }

    /** A problem of a refused read, as both modules report it. */
    private record Named(String path, String message, List<dev.partnering.Violation> violations) {
    }

    private static void assertNamedAt(String path, String key, String field, List<Named> problems, String where) {
        List<String> paths = new ArrayList<>();
        boolean named = false;
        for (Named p : problems) {
            paths.add(p.path());
            p.violations().forEach(v -> paths.add(v.path()));
            boolean at = p.path().equals(path) || p.path().equals(key)
                    || p.violations().stream().anyMatch(v -> v.path().equals(path) || v.path().equals(key));
            boolean holding = path.startsWith(p.path() + ".") || path.startsWith(p.path() + "[")
                    || key.startsWith(p.path() + "[");
            named |= at || (holding && (p.message().contains(field)
                    || p.violations().stream().anyMatch(v -> v.rule().contains(field) || v.path().endsWith(field))));
        }
        assertTrue(named, where + ": " + problems);
        assertTrue(paths.stream().noneMatch(q -> q.startsWith(path + ".") || q.startsWith(path + "[")
                || q.startsWith(key + ".") || q.startsWith(key + "[")), where + ": " + paths);
    }

    static Stream<Arguments> everyKindOfObject() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : Json3Testing.goldenFiles()) {
            if (GoldenValues.writeOnly().contains(file)) {
                continue;
            }
            JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden(file));
            List<String> pointers = new ArrayList<>();
            pointers.add("");
            pointers.addAll(dev.partnering.jackson.JsonPointers.of(doc, false));
            Set<String> kinds = new HashSet<>();
            for (String pointer : pointers) {
                if (doc.at(pointer).isObject() && kinds.add(pointer.replaceAll("/\\d+", "/N"))) {
                    all.add(Arguments.of(file, pointer));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindOfObject")
    void anUnknownFieldIsRefusedWhereItIsByBothModules(String file, String pointer) throws Exception {
        JsonNode doc = Json3Testing.JACKSON2.readTree(Json3Testing.golden(file));
        ((ObjectNode) doc.at(pointer)).put("zzUnknown", 1);
        String json = doc.toString();
        int column = json.indexOf("\"zzUnknown\":1") + "\"zzUnknown\":".length() + 1;
        String where = file + " with an unknown field in " + pointer;
        var two = assertThrows(dev.partnering.jackson.PartneringJsonException.class,
                () -> Json3Testing.JACKSON2.readValue(json, dev.partnering.jackson.PartneringDocument.class),
                "Jackson 2 read " + where);
        var three = assertThrows(PartneringJsonException.class, () -> PLAIN3.readValue(json, PartneringDocument.class),
                "Jackson 3 read " + where);
        List<String> problems2 = two.problems().stream().map(p -> p.jsonPath() + ": " + p.message() + " at "
                + p.location().getLineNr() + ":" + p.location().getColumnNr()).toList();
        List<String> problems3 = three.problems().stream().map(p -> p.jsonPath() + ": " + p.message() + " at "
                + p.location().getLineNr() + ":" + p.location().getColumnNr()).toList();
        assertEquals(problems2, problems3, where);
        String path = jsonPath(pointer + "/zzUnknown");
        if (path != null && problems2.stream().anyMatch(p -> p.contains(": unknown field 'zzUnknown'"))) {
            // an object of the format (in a map, the new key would be a value of the wrong kind or break a rule)
            assertEquals(1, problems2.size(), where + ": " + problems2);
            assertTrue(problems2.get(0).startsWith(path + ": unknown field 'zzUnknown'; the fields here are "), where
                    + ": " + problems2);
            assertTrue(problems2.get(0).endsWith(" at 1:" + column), where + ": " + problems2);
        }
    }

    /** @return the JSON path of a JSON pointer whose fields are all plain names, else null */
    private static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String segment : pointer.substring(1).split("/")) {
            if (segment.matches("\\d+")) {
                path.append('[').append(segment).append(']');
            } else if (segment.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                path.append('.').append(segment);
            } else {
                return null;
            }
        }
        return path.toString();
    }
}
