package dev.partnering.explanation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.explanation.internal.LazySteps;

/** A lazy explanation (the scorecard's, made when read) is the eager one it computes, computed once. */
class LazyExplanationTest {

    private static Explanation eager() {
        return Explanation.of("Scorecard a 2026-03", List.of(Step.of(StepKind.RULE, "missing-data policy ZERO"),
                Step.of(StepKind.RESULT, "score = 0.5", Map.of("score", "0.5"), List.of())));
    }

    @Test
    void aLazyExplanationIsIndistinguishableFromTheEagerOne() {
        Explanation lazy = LazySteps.lazyExplanation(LazyExplanationTest::eager);
        assertEquals(eager(), lazy);
        assertEquals(lazy, eager());
        assertEquals(eager().hashCode(), LazySteps.lazyExplanation(LazyExplanationTest::eager).hashCode());
        assertEquals(eager().toText(), LazySteps.lazyExplanation(LazyExplanationTest::eager).toText());
        assertEquals("Scorecard a 2026-03", LazySteps.lazyExplanation(LazyExplanationTest::eager).subject());
        assertEquals(eager().steps(), LazySteps.lazyExplanation(LazyExplanationTest::eager).steps());
        assertEquals(eager().depth(), LazySteps.lazyExplanation(LazyExplanationTest::eager).depth());
        assertEquals(eager().asStep(), LazySteps.lazyExplanation(LazyExplanationTest::eager).asStep());
        assertNotEquals(LazySteps.lazyExplanation(() -> Explanation.of("other", List.of())), lazy);
    }

    @Test
    void theContentIsComputedOnceAndOnlyWhenRead() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        Explanation lazy = LazySteps.lazyExplanation(() -> {
            calls.incrementAndGet();
            return eager();
        });
        assertEquals(0, calls.get(), "nothing is computed before the explanation is read");
        List<String> texts = ConcurrentReaders.read(8, i -> i % 2 == 0 ? lazy.subject() + lazy.steps().size()
                : lazy.steps().size() + lazy.subject());
        assertEquals(1, calls.get(), "eight concurrent readers, one computation");
        assertEquals(4, texts.stream().filter(s -> s.equals("Scorecard a 2026-032")).count());
        assertEquals(4, texts.stream().filter(s -> s.equals("2Scorecard a 2026-03")).count());
    }

    @Test
    void tooDeepContentIsRefusedWhenRead() {
        Step deep = Step.of(StepKind.RULE, "leaf");
        for (int i = 1; i < Explanation.MAX_DEPTH; i++) {
            deep = Step.of(StepKind.COMPUTATION, "level", Map.of(), List.of(deep));
        }
        Step tooDeep = deep; // 32 levels of steps under the subject: 33 in all
        Explanation lazy = LazySteps.lazyExplanation(() -> Explanation.of("s", List.of(tooDeep)));
        ValidationException e = assertThrows(ValidationException.class, lazy::steps);
        assertEquals("steps", e.violations().get(0).path());
    }

    @Test
    void aLazyExplanationRefusesANullContent() {
        assertThrows(NullPointerException.class, () -> LazySteps.lazyExplanation(null));
        assertThrows(NullPointerException.class, () -> LazySteps.lazyExplanation(() -> null).subject());
    }
}
