package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A null scalar FIELD of an array's element is left to its setter or creator (never refused as
 * a null element at the element), and a null ELEMENT of an array of scalars is refused at the element in the
 * format's words (never the JDK's NullPointerException), over every readable golden file.
 */
class NullsInArraysTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    /** @return the JSON path of a pointer: /a/0/b is $.a[0].b */
    private static String path(String pointer) {
        StringBuilder b = new StringBuilder("$");
        for (String part : pointer.substring(1).split("/")) {
            b.append(part.matches("\\d+") ? "[" + part + "]" : "." + part.replace("~1", "/").replace("~0", "~"));
        }
        return b.toString();
    }

    @Test
    void nullFieldsAndNullElements() throws IOException {
        List<String> report = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int fields = 0;
        int elements = 0;
        Path dir = Path.of("src", "test", "resources", "format", "v1");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (GoldenFiles.WRITE_ONLY.contains(file) || !file.endsWith(".json")) {
                    continue;
                }
                String text = Files.readString(f);
                JsonNode original = TREES.readTree(text);
                List<String> pointers = new ArrayList<>();
                pointers.addAll(JsonPointers.of(original, true));
                for (String pointer : pointers) {
                    JsonNode target = original.at(pointer);
                    if (!target.isValueNode() || !seen.add(file + pointer.replaceAll("/\\d+", "/N"))) {
                        continue;
                    }
                    int slash = pointer.lastIndexOf('/');
                    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                    String parentPointer = pointer.substring(0, slash);
                    boolean inArray = original.at(parentPointer).isArray();
                    // only what lies inside an array somewhere (the context the change looks at)
                    if (!pointer.matches(".*/\\d+(/.*)?")) {
                        continue;
                    }
                    JsonNode doc = TREES.readTree(text);
                    JsonNode parent = slash == 0 ? doc : doc.at(parentPointer);
                    if (inArray) {
                        ((ArrayNode) parent).set(Integer.parseInt(last), com.fasterxml.jackson.databind.node.NullNode.getInstance());
                        elements++;
                    } else {
                        ((ObjectNode) parent).putNull(last);
                        fields++;
                    }
                    String at = path(pointer);
                    try {
                        JsonTesting.MAPPER.readValue(doc.toString(), PartneringDocument.class);
                        report.add(file + " " + at + " null READ");
                    } catch (PartneringJsonException e) {
                        boolean npe = e.problems().stream().anyMatch(p -> p.message().contains("NullPointerException"));
                        boolean atIt = e.problems().stream().anyMatch(p -> p.jsonPath().equals(at)
                                || p.violations().stream().anyMatch(v -> v.path().endsWith(last)));
                        boolean elsewhereAsNull = e.problems().stream().anyMatch(p -> p.message().contains("found null")
                                && !p.jsonPath().equals(at));
                        if (npe || elsewhereAsNull || inArray && !atIt) {
                            report.add(file + " " + at + (inArray ? " (element)" : " (field)") + " null\n    " + e.problems());
                        }
                    } catch (Exception e) {
                        report.add(file + " " + at + " null\n    OTHER " + e);
                    }
                }
            }
        }
        assertEquals(List.of(), report, fields + " null fields and " + elements + " null elements tried");
    }
}
