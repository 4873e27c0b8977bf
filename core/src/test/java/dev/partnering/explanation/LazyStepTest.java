package dev.partnering.explanation;

import dev.partnering.explanation.internal.LazySteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;


class LazyStepTest {

    private static Step eager() {
        return Step.of(StepKind.COMPUTATION, "mean of [1, 2] = 1.5", Map.of("value", "1.5"),
                List.of(Step.of(StepKind.RULE, "version 1")));
    }

    @Test
    void aLazyStepIsIndistinguishableFromTheEagerOne() {
        Step lazy = LazySteps.lazy(LazyStepTest::eager);
        assertEquals(eager(), lazy);
        assertEquals(lazy, eager());
        assertEquals(eager().hashCode(), lazy.hashCode());
        assertEquals(eager().toString(), lazy.toString());
        assertEquals(StepKind.COMPUTATION, lazy.kind());
        assertEquals("mean of [1, 2] = 1.5", lazy.text());
        assertEquals(Map.of("value", "1.5"), lazy.facts());
        assertEquals(1, lazy.children().size());
        assertEquals(eager().withFact("n", 2), lazy.withFact("n", 2));
        assertNotEquals(LazySteps.lazy(() -> Step.of(StepKind.RULE, "other")), lazy);
        assertEquals(Explanation.of("s", List.of(eager())).toText(), Explanation.of("s", List.of(lazy)).toText());
    }

    @Test
    void theContentIsComputedOnceAndOnlyWhenRead() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        Step lazy = LazySteps.lazy(() -> {
            calls.incrementAndGet();
            return eager();
        });
        assertEquals(0, calls.get(), "nothing is computed before the step is read");
        List<String> texts = ConcurrentReaders.read(8, i -> lazy.text() + lazy.facts());
        assertEquals(1, calls.get(), "eight concurrent readers, one computation");
        assertEquals(8, texts.stream().filter(s -> s.equals("mean of [1, 2] = 1.5{value=1.5}")).count());
    }

    @Test
    void aLazyStepRefusesANullContent() {
        assertThrows(NullPointerException.class, () -> LazySteps.lazy(null));
        assertThrows(NullPointerException.class, () -> LazySteps.lazy(() -> null).text());
    }
}
