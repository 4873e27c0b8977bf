package dev.partnering.jackson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON pointers of every value in a tree, fields and elements, depth first: for the tests that change one value
 * of a golden file at a time (both modules' tests share it through this module's test-jar).
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * @param tree  a JSON tree, not null
     * @param skipFormatVersion  true to leave out the document's own {@code formatVersion} field
     * @return the pointers, e.g. {@code /agreement/kpis/0/id}, never null
     */
    public static List<String> of(JsonNode tree, boolean skipFormatVersion) {
        List<String> all = new ArrayList<>();
        collect("", tree, skipFormatVersion, all);
        return all;
    }

    private static void collect(String pointer, JsonNode node, boolean skipFormatVersion, List<String> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (skipFormatVersion && pointer.isEmpty() && e.getKey().equals("formatVersion")) {
                    continue;
                }
                String at = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                all.add(at);
                collect(at, e.getValue(), skipFormatVersion, all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                all.add(pointer + "/" + i);
                collect(pointer + "/" + i, node.get(i), skipFormatVersion, all);
            }
        }
    }
}
