package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.internal.LazySteps;

/**
 * The depth limit of explanations with Jackson 3, as with Jackson 2: at {@link Explanation#MAX_DEPTH}
 * levels a step and an explanation are written in the same bytes as Jackson 2 writes them and read
 * back equal; one level more (made through a lazy step) is refused on writing before anything is
 * written, and refused on reading, naming the limit.
 */
class ExplanationDepthTest {

    private static Step chain(int depth) {
        Step s = Step.of(StepKind.RESULT, "leaf", Map.of("value", "1"), List.of());
        for (int level = depth - 1; level >= 1; level--) {
            s = Step.of(StepKind.COMPUTATION, "level " + level, Map.of(), List.of(s));
        }
        return s;
    }

    @Test
    void atTheLimitAStepAndAnExplanationAreWrittenAsWithJackson2AndReadBackEqual() throws Exception {
        Step step = chain(Explanation.MAX_DEPTH);
        String written = Json3Testing.MAPPER.writeValueAsString(step);
        assertEquals(Json3Testing.jackson2(step), written);
        assertEquals(step, Json3Testing.MAPPER.readValue(written, Step.class));
        Explanation explanation = Explanation.of("deep", List.of(chain(Explanation.MAX_DEPTH - 1)));
        assertEquals(explanation, Json3Testing.MAPPER.readValue(Json3Testing.MAPPER.writeValueAsString(explanation),
                Explanation.class));
    }

    @Test
    void oneLevelMoreIsRefusedOnWritingAndOnReadingNamingTheLimit() throws Exception {
        Step inner = chain(Explanation.MAX_DEPTH);
        Step tooDeep = Step.of(StepKind.COMPUTATION, "one more", Map.of(), List.of(LazySteps.lazy(() -> inner)));
        JacksonException w = assertThrows(JacksonException.class, () -> Json3Testing.MAPPER.writeValueAsString(tooDeep));
        assertTrue(w.getMessage().contains("it is 33 levels deep, more than the 32 levels allowed (Explanation.MAX_DEPTH)"),
                w.getMessage());
        Explanation deep = Explanation.of("deep", List.of(LazySteps.lazy(() -> inner)));
        assertTrue(assertThrows(JacksonException.class, () -> Json3Testing.MAPPER.writeValueAsString(deep)).getMessage()
                .contains("32 levels allowed (Explanation.MAX_DEPTH)"));

        // the same tree written by Jackson 2 one level at a time: the inner chain, wrapped by hand in one more step
        String json = "{\"kind\": \"COMPUTATION\", \"text\": \"one more\", \"children\": ["
                + Json3Testing.jackson2(inner) + "]}";
        PartneringJsonException r = assertThrows(PartneringJsonException.class,
                () -> Json3Testing.MAPPER.readValue(json, Step.class));
        assertEquals(List.of("$.children"), r.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
        assertTrue(r.getMessage().contains("an explanation is at most 32 levels deep (Explanation.MAX_DEPTH)"),
                r.getMessage());
    }
}
