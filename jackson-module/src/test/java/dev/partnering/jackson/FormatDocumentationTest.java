package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** FORMAT.md documents every field, type name and enum value the golden files use. */
class FormatDocumentationTest {

    /** Fields whose values are maps keyed by ids or enum names, not by field names. */
    private static final Set<String> MAPS = Set.of("allocations", "netByParty", "amounts", "kpiStatuses", "facts", "timeAllowed", "costs",
            "weights", "counts", "attendance", "pillars", "customerWeights", "byParty", "byLevel");
    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z_]+[A-Z]");

    @Test
    void everyFieldTypeNameAndEnumValueOfTheGoldenFilesIsDocumented() throws IOException {
        String format = Files.readString(Path.of("FORMAT.md"));
        Set<String> undocumented = new TreeSet<>();
        for (String file : GoldenFiles.v1().keySet()) {
            collect(JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file)), "", format, undocumented);
        }
        assertEquals(Set.of(), undocumented);
    }

    @Test
    void everyGoldenFileIsLinked() throws IOException {
        String format = Files.readString(Path.of("FORMAT.md"));
        List<String> missing = GoldenFiles.v1().keySet().stream()
                .filter(f -> !format.contains("(src/test/resources/format/v1/" + f + ")")).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theDocumentsTableMarksExactlyTheResultsWrittenOnly() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("FORMAT.md")).stream().filter(l -> l.startsWith("| `")).toList();
        for (String file : GoldenFiles.v1().keySet()) {
            String row = rows.stream().filter(l -> l.contains("(src/test/resources/format/v1/" + file + ")")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row links " + file));
            assertEquals(GoldenFiles.WRITE_ONLY.contains(file), row.contains("| written only |"), row);
        }
    }

    private static void collect(JsonNode node, String field, String format, Set<String> undocumented) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!format.contains("`" + name + "`")) {
                    undocumented.add("field " + name);
                }
                JsonNode value = node.get(name);
                if (name.equals("type") && value.isTextual() && !format.contains("`" + value.textValue() + "`")) {
                    undocumented.add("type " + value.textValue());
                }
                if (MAPS.contains(name)) {
                    value.elements().forEachRemaining(v -> collect(v, name, format, undocumented));
                } else {
                    collect(value, name, format, undocumented);
                }
            }
        } else if (node.isArray()) {
            node.elements().forEachRemaining(v -> collect(v, field, format, undocumented));
        } else if (node.isTextual() && !field.equals("currency") && ENUM_VALUE.matcher(node.textValue()).matches()
                && !format.contains("`" + node.textValue() + "`")) {
            undocumented.add("enum value " + node.textValue());
        }
    }
}
