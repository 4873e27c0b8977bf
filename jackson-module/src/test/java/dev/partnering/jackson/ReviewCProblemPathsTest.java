package dev.partnering.jackson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Review C: every value of every readable golden file replaced by a wrong but non-null value (an empty object, an
 * empty string, a string for a number, an array holding null); each refusal whose problems name neither the value's
 * own path (or something inside it) nor, at the value holding it, the field: printed to target/reviewC-paths.txt.
 */
class ReviewCProblemPathsTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    @Test
    void wrongValuesAreNamedAtTheirPaths() throws IOException {
        List<String> report = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Path dir = Path.of("src", "test", "resources", "format", "v1");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (GoldenFiles.WRITE_ONLY.contains(file) || !file.endsWith(".json")) {
                    continue;
                }
                String text = Files.readString(f);
                List<String> pointers = new ArrayList<>();
                collect("", TREES.readTree(text), pointers);
                for (String pointer : pointers) {
                    if (!seen.add(file + pointer.replaceAll("/\\d+", "/N"))) {
                        continue;
                    }
                    for (int kind = 0; kind < 4; kind++) {
                        JsonNode doc = TREES.readTree(text);
                        int slash = pointer.lastIndexOf('/');
                        JsonNode parent = slash == 0 ? doc : doc.at(pointer.substring(0, slash));
                        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                        JsonNode old = parent instanceof ArrayNode a ? a.get(Integer.parseInt(last)) : parent.get(last);
                        JsonNode now;
                        JsonNodeFactory n = JsonNodeFactory.instance;
                        switch (kind) {
                            case 0: now = old.isObject() ? n.arrayNode() : n.objectNode(); break;
                            case 1: now = old.isTextual() ? n.textNode("") : n.textNode("x"); break;
                            case 2: now = n.arrayNode().addNull(); break;
                            default: now = old.isArray() && old.size() > 0 ? n.arrayNode().add(old.get(0)).addNull() : null;
                        }
                        if (now == null) {
                            continue;
                        }
                        if (parent instanceof ArrayNode a) {
                            a.set(Integer.parseInt(last), now);
                        } else {
                            ((ObjectNode) parent).set(last, now);
                        }
                        String json = doc.toString();
                        String path = jsonPath(pointer);
                        try {
                            JsonTesting.MAPPER.readValue(json, PartneringDocument.class);
                            continue; // read: nothing to name
                        } catch (PartneringJsonException e) {
                            if (!named(path, last, e)) {
                                report.add(file + " " + pointer + " := " + now + "\n    " + e.problems());
                            }
                        } catch (Exception e) {
                            report.add(file + " " + pointer + " := " + now + "\n    OTHER " + e);
                        }
                    }
                }
            }
        }
        Files.writeString(Path.of("target", "reviewC-paths.txt"), String.join("\n", report) + "\n");
        System.out.println("REVIEWC " + report.size() + " refusals not named at their value, see target/reviewC-paths.txt");
    }

    private static boolean named(String path, String field, PartneringJsonException e) {
        for (PartneringJsonException.Problem p : e.problems()) {
            List<String> paths = new ArrayList<>();
            paths.add(p.jsonPath());
            p.violations().forEach(v -> paths.add(v.path()));
            for (String q : paths) {
                if (q.equals(path) || q.startsWith(path + ".") || q.startsWith(path + "[")) {
                    return true;
                }
            }
            boolean holding = path.startsWith(p.jsonPath() + ".") || path.startsWith(p.jsonPath() + "[");
            if (holding && (p.message().contains(field) || p.violations().stream().anyMatch(v -> v.path().endsWith(field)
                    || v.path().endsWith("." + field) || v.rule().contains(field)))) {
                return true;
            }
        }
        return false;
    }

    private static void collect(String pointer, JsonNode node, List<String> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (pointer.isEmpty() && e.getKey().equals("formatVersion")) {
                    continue;
                }
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

    private static String jsonPath(String pointer) {
        StringBuilder b = new StringBuilder("$");
        for (String part : pointer.substring(1).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                b.append('[').append(name).append(']');
            } else if (JsonPaths.isPlain(name)) {
                b.append('.').append(name);
            } else {
                b.append("['").append(name.replace("'", "\\'")).append("']");
            }
        }
        return b.toString();
    }

    /**
     * Every field of every object of every readable golden file left out: a refusal that speaks of a null ("found
     * null") where the document has none is printed to target/reviewC-absent.txt.
     */
    @Test
    void anAbsentFieldIsNeverANull() throws IOException {
        List<String> report = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Path dir = Path.of("src", "test", "resources", "format", "v1");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (GoldenFiles.WRITE_ONLY.contains(file) || !file.endsWith(".json")) {
                    continue;
                }
                String text = Files.readString(f);
                List<String> pointers = new ArrayList<>();
                collect("", TREES.readTree(text), pointers);
                for (String pointer : pointers) {
                    int slash = pointer.lastIndexOf('/');
                    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                    if (last.matches("\\d+") || !seen.add(file + pointer.replaceAll("/\\d+", "/N"))) {
                        continue;
                    }
                    JsonNode doc = TREES.readTree(text);
                    JsonNode parent = slash == 0 ? doc : doc.at(pointer.substring(0, slash));
                    ((ObjectNode) parent).remove(last);
                    try {
                        JsonTesting.MAPPER.readValue(doc.toString(), PartneringDocument.class);
                    } catch (PartneringJsonException e) {
                        if (e.problems().stream().anyMatch(p -> p.message().contains("found null"))) {
                            report.add(file + " " + pointer + " left out\n    " + e.problems());
                        }
                    } catch (Exception e) {
                        report.add(file + " " + pointer + " left out\n    OTHER " + e);
                    }
                }
            }
        }
        Files.writeString(Path.of("target", "reviewC-absent.txt"), String.join("\n", report) + "\n");
        System.out.println("REVIEWC " + report.size() + " absent fields refused as a null, see target/reviewC-absent.txt");
    }
}
