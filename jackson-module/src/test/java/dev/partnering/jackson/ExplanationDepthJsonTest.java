package dev.partnering.jackson;

import dev.partnering.explanation.internal.LazySteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

/**
 * The one depth limit of explanations, {@link Explanation#MAX_DEPTH}, on both sides of the format:
 * at the limit an explanation is written and read back equal, wherever a document holds one (the
 * deepest place included); one level more is refused on reading with a message naming the limit,
 * and on writing (a tree made deeper through lazy steps) before anything is written.
 */
class ExplanationDepthJsonTest {

    /** @return a chain of {@code depth} steps: each has one child, the last none */
    static Step chain(int depth) {
        Step s = Step.of(StepKind.RESULT, "leaf", Map.of("value", "1"), List.of());
        for (int level = depth - 1; level >= 1; level--) {
            s = Step.of(StepKind.COMPUTATION, "level " + level, Map.of(), List.of(s));
        }
        return s;
    }

    /** @return the same chain written as JSON by hand, so that it can be one level deeper than the core builds */
    static ObjectNode chainJson(int depth) {
        ObjectNode s = step("leaf");
        for (int level = depth - 1; level >= 1; level--) {
            ObjectNode parent = step("level " + level);
            ((ArrayNode) parent.get("children")).add(s);
            s = parent;
        }
        return s;
    }

    private static ObjectNode step(String text) {
        ObjectNode s = JsonTesting.tree("{}").deepCopy();
        s.put("kind", "COMPUTATION");
        s.put("text", text);
        s.putObject("facts");
        s.putArray("children");
        return s;
    }

    private static ObjectNode explanationJson(int depth) {
        ObjectNode e = JsonTesting.tree("{}").deepCopy();
        e.put("subject", "deep");
        e.putArray("steps").add(chainJson(depth - 1));
        return e;
    }

    @Test
    void aStepAndAnExplanationAtTheLimitAreWrittenAndReadBackEqual() {
        Step step = chain(Explanation.MAX_DEPTH);
        assertEquals(step, JsonTesting.roundTrip(step, Step.class));
        Explanation explanation = Explanation.of("deep", List.of(chain(Explanation.MAX_DEPTH - 1)));
        assertEquals(Explanation.MAX_DEPTH, explanation.depth());
        assertEquals(explanation, JsonTesting.roundTrip(explanation, Explanation.class));
    }

    @Test
    void oneLevelOverTheLimitIsRefusedOnReadingNamingTheLimit() {
        // the hand-written JSON is the chain the core refuses to build: MAX_DEPTH + 1 levels
        PartneringJsonException step = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(chainJson(Explanation.MAX_DEPTH + 1).toString(), Step.class));
        assertNamesTheLimit(step.getMessage());
        PartneringJsonException explanation = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(explanationJson(Explanation.MAX_DEPTH + 1).toString(), Explanation.class));
        assertNamesTheLimit(explanation.getMessage());
    }

    @Test
    void oneLevelOverTheLimitIsRefusedOnWritingBeforeAnythingIsWritten() {
        // lazy steps are checked one by one when built; the writer checks the whole tree
        Step inner = chain(Explanation.MAX_DEPTH);
        Step tooDeep = Step.of(StepKind.COMPUTATION, "one more", Map.of(), List.of(LazySteps.lazy(() -> inner)));
        assertEquals(Explanation.MAX_DEPTH + 1, tooDeep.depth());
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonTesting.MAPPER.writeValueAsString(tooDeep));
        assertNamesTheLimit(e.getMessage());
        Explanation deepExplanation = Explanation.of("deep", List.of(LazySteps.lazy(() -> inner)));
        assertEquals(Explanation.MAX_DEPTH + 1, deepExplanation.depth());
        assertNamesTheLimit(assertThrows(JsonProcessingException.class,
                () -> JsonTesting.MAPPER.writeValueAsString(deepExplanation)).getMessage());
    }

    /** @return every golden file paired with the JSON path of each place it holds an explanation */
    static Stream<Object[]> explanationPlaces() {
        List<Object[]> places = new ArrayList<>();
        for (String file : GoldenFiles.v1().keySet()) {
            if (GoldenFiles.WRITE_ONLY.contains(file)) {
                continue; // results written only are never read
            }
            for (List<Object> path : explanationPaths(JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file)), new ArrayList<>())) {
                places.add(new Object[] {file, path});
            }
        }
        return places.stream();
    }

    /** @return the paths (field names and indexes) of the explanations, the first element of each array only */
    private static List<List<Object>> explanationPaths(JsonNode node, List<Object> at) {
        List<List<Object>> found = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                List<Object> p = new ArrayList<>(at);
                p.add(f.getKey());
                if (f.getKey().equals("explanation")) {
                    found.add(p);
                } else {
                    found.addAll(explanationPaths(f.getValue(), p));
                }
            });
        } else if (node.isArray() && node.size() > 0) {
            List<Object> p = new ArrayList<>(at);
            p.add(0);
            found.addAll(explanationPaths(node.get(0), p));
        }
        return found;
    }

    private static JsonNode replaced(String file, List<Object> path, int depth) {
        JsonNode doc = JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file));
        JsonNode parent = doc;
        for (Object key : path.subList(0, path.size() - 1)) {
            parent = key instanceof Integer i ? parent.get(i) : parent.get((String) key);
        }
        JsonNode old = parent.get("explanation");
        ((ObjectNode) parent).set("explanation", old.has("subject") ? explanationJson(depth) : chainJson(depth));
        return doc;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("explanationPlaces")
    void atTheLimitEveryDocumentReadsBackAndOneLevelMoreIsRefusedNamingTheLimit(String file, List<Object> path)
            throws Exception {
        assertFalse(path.isEmpty());
        String atLimit = replaced(file, path, Explanation.MAX_DEPTH).toString();
        PartneringDocument read = JsonTesting.read(atLimit, PartneringDocument.class);
        String written = JsonTesting.write(read);
        assertTrue(written.contains("level " + (Explanation.MAX_DEPTH - 2)), "the deep explanation is kept where it was put");
        assertEquals(read, JsonTesting.read(written, PartneringDocument.class));

        PartneringJsonException e = assertThrows(PartneringJsonException.class, () -> JsonTesting.read(
                replaced(file, path, Explanation.MAX_DEPTH + 1).toString(), PartneringDocument.class));
        assertNamesTheLimit(e.getMessage());
    }

    /**
     * Writing says "more than the 32 levels allowed (Explanation.MAX_DEPTH)"; reading gives the core's
     * own refusal when the tree read is built: "an explanation is at most 32 levels deep (Explanation.MAX_DEPTH)".
     */
    private static void assertNamesTheLimit(String message) {
        assertTrue(message.contains(Explanation.MAX_DEPTH + " levels allowed (Explanation.MAX_DEPTH)")
                || message.contains("at most " + Explanation.MAX_DEPTH + " levels deep (Explanation.MAX_DEPTH)"), message);
    }
}
