package dev.partnering.explanation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

/** A step is whole or not built: every missing part, fact name, fact value and child named at once. */
class StepValidationTest {

    @Test
    void aNullFactValueANullFactNameAndANullChildAreEachNamed() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("value", null);
        facts.put(null, "92.5");
        List<Step> children = Arrays.asList(Step.of(StepKind.RULE, "ok"), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> Step.of(StepKind.RESULT, "the score", facts, children));

        assertEquals(List.of("facts[value]", "facts", "children[1]"),
                e.violations().stream().map(Violation::path).toList(), e.getMessage());
        assertEquals("facts[value] is required: null is not allowed", e.violations().get(0).rule());
        assertEquals("a fact needs a name: null is not allowed", e.violations().get(1).rule());
    }

    @Test
    void aMissingKindTextFactsAndChildrenAreEachNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Step.of(null, null, null, null));
        assertEquals(List.of("kind", "text", "facts", "children"),
                e.violations().stream().map(Violation::path).toList(), e.getMessage());
    }

    @Test
    void aWholeStepIsBuiltAsBefore() {
        Step s = Step.of(StepKind.RESULT, "the score", Map.of("score", "92.5"), List.of(Step.of(StepKind.RULE, "a rule")));
        assertEquals(Map.of("score", "92.5"), s.facts());
        assertEquals(1, s.children().size());
    }
}
