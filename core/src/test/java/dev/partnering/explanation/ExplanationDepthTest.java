package dev.partnering.explanation;

import dev.partnering.explanation.internal.LazySteps;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/**
 * Deep explanations: one depth limit, {@link Explanation#MAX_DEPTH}, refused when built; and every
 * walk (equality, hash, depth, text) without recursion, for the trees that lazy steps can still
 * make deeper than the limit.
 */
class ExplanationDepthTest {

    /** @return an eager chain of {@code depth} levels: each step has one child, the last none */
    static Step eagerChain(int depth, String leaf) {
        Step s = Step.of(StepKind.RESULT, leaf);
        for (int level = depth - 1; level >= 1; level--) {
            s = Step.of(StepKind.COMPUTATION, "level " + level, Map.of("n", String.valueOf(level)), List.of(s));
        }
        return s;
    }

    /** @return a chain of {@code depth} levels whose every inner step is lazy: it is not checked when built */
    static Step lazyChain(int depth, String leaf) {
        Step s = Step.of(StepKind.RESULT, leaf);
        for (int level = depth - 1; level >= 1; level--) {
            Step child = s;
            int l = level;
            s = LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "level " + l, Map.of("n", String.valueOf(l)), List.of(child)));
        }
        return s;
    }

    @Test
    void aStepAtTheLimitIsBuiltAndOneLevelMoreIsRefusedNamingPathValueAndRule() {
        Step atLimit = eagerChain(Explanation.MAX_DEPTH, "leaf");
        assertEquals(Explanation.MAX_DEPTH, atLimit.depth());

        ValidationException e = assertThrows(ValidationException.class,
                () -> Step.of(StepKind.COMPUTATION, "one more", Map.of(), List.of(atLimit)));
        Violation v = e.violations().get(0);
        assertEquals(1, e.violations().size());
        assertEquals("children", v.path());
        assertEquals(String.valueOf(Explanation.MAX_DEPTH + 1), v.value());
        assertTrue(v.rule().contains("at most " + Explanation.MAX_DEPTH + " levels"), v.rule());
        assertTrue(v.rule().contains("Explanation.MAX_DEPTH"), v.rule());
        assertThrows(ValidationException.class, () -> Step.of(StepKind.RULE, "parent").withChild(atLimit));
    }

    @Test
    void anExplanationCountsItsSubjectAsALevel() {
        // subject (level 1) + a chain of MAX_DEPTH - 1 steps = MAX_DEPTH levels: allowed
        Explanation atLimit = Explanation.of("subject", List.of(eagerChain(Explanation.MAX_DEPTH - 1, "leaf")));
        assertEquals(Explanation.MAX_DEPTH, atLimit.depth());
        assertEquals(Explanation.MAX_DEPTH, atLimit.asStep().depth());
        assertEquals(1, Explanation.of("empty", List.of()).depth());

        Step tooDeepForAnExplanation = eagerChain(Explanation.MAX_DEPTH, "leaf");
        ValidationException e = assertThrows(ValidationException.class,
                () -> Explanation.of("subject", List.of(tooDeepForAnExplanation)));
        assertEquals("steps", e.violations().get(0).path());
        assertEquals(String.valueOf(Explanation.MAX_DEPTH + 1), e.violations().get(0).value());
        assertThrows(ValidationException.class, () -> Explanation.builder("subject").add(tooDeepForAnExplanation).build());
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 50_000})
    void deepTreesNeverOverflowTheStack(int depth) {
        // eager: refused cleanly at the first level beyond the limit
        ValidationException refused = assertThrows(ValidationException.class, () -> eagerChain(depth, "leaf"));
        assertEquals(String.valueOf(Explanation.MAX_DEPTH + 1), refused.violations().get(0).value());

        // lazy: built (each lazy step is checked by itself), then walked without recursion
        Step a = lazyChain(depth, "leaf");
        Step b = lazyChain(depth, "leaf");
        Step other = lazyChain(depth, "another leaf");
        assertDoesNotThrow(a::hashCode);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, b);
        assertNotEquals(a, other);
        assertEquals(depth, a.depth());
        Explanation ex = Explanation.of("deep", List.of(a));
        String text = assertDoesNotThrow(ex::toText);
        assertEquals(depth + 1, text.lines().count(), "the subject and one line per step");
        assertTrue(text.contains("(level " + (depth + 1) + ") = leaf"), "lines below the indentation limit show their level");
        assertEquals(Explanation.of("deep", List.of(b)), ex);
        assertEquals(Explanation.of("deep", List.of(b)).hashCode(), ex.hashCode());
        assertDoesNotThrow(a::toString);
    }

    @Test
    void theTextIndentsTwoSpacesPerLevelUpToTheLimit() {
        Explanation ex = Explanation.of("s", List.of(eagerChain(3, "leaf")));
        // level 1: subject; level 2: "level 1" indented 2; level 3: 4 spaces; level 4: 6 spaces
        assertEquals("s\n  level 1 [n=1]\n    level 2 [n=2]\n      = leaf\n", ex.toText());
    }

    @Test
    void equalTreesHaveEqualHashesAndSharedSubtreesAreWalkedOnce() {
        Step shared = eagerChain(10, "x");
        Step a = Step.of(StepKind.COMPUTATION, "root", Map.of(), List.of(shared, shared, shared));
        Step b = Step.of(StepKind.COMPUTATION, "root", Map.of(), List.of(eagerChain(10, "x"), eagerChain(10, "x"),
                eagerChain(10, "x")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Step.of(StepKind.COMPUTATION, "root", Map.of(), List.of(shared, shared)));
        assertNotEquals(a, Step.of(StepKind.RULE, "root", Map.of(), List.of(shared, shared, shared)));
        assertNotEquals(a, Step.of(StepKind.COMPUTATION, "root", Map.of("k", "v"), List.of(shared, shared, shared)));
    }
}
