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
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Fields left out of the golden files are refused for what they are: absent, never a null the document does not hold. */
class AbsentFieldsTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    /**
     * Every field of every object of every readable golden file left out: no refusal speaks of a null ("found
     * null") where the document has none (an absent enum field of an array's element once was, after the enum
     * list's null elements came to be refused).
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
                pointers.addAll(JsonPointers.of(TREES.readTree(text), true));
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
        assertEquals(List.of(), report, "absent fields refused as a null");
    }
}
