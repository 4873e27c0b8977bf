package dev.partnering.jackson;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

/**
 * Explanations and violations:
 * {@code {"subject": "...", "steps": [{"kind": "COMPUTATION", "text": "...", "facts": {...}, "children": [...]}]}}.
 */
final class ExplanationFormats {

    private ExplanationFormats() {
    }

    static final ValueReader<Step> STEP = ExplanationFormats::readStep;
    static final ValueWriter<Step> STEP_OUT = ExplanationFormats::writeStep;
    static final ValueReader<Explanation> EXPLANATION = ExplanationFormats::readExplanation;
    static final ValueWriter<Explanation> EXPLANATION_OUT = ExplanationFormats::writeExplanation;
    static final ValueReader<Violation> VIOLATION = ExplanationFormats::readViolation;
    static final ValueWriter<Violation> VIOLATION_OUT = ExplanationFormats::writeViolation;

    private static Step readStep(In in) {
        in.object("an explanation step");
        StepKind kind = in.req("kind", Scalars.enumOf(StepKind.class));
        String text = in.req("text", Scalars.TEXT);
        Map<String, String> facts = in.map("facts", Scalars.TEXT);
        List<Step> children = in.list("children", STEP);
        return in.build(() -> Step.of(kind, text, facts, children));
    }

    private static void writeStep(Out out, Step s) throws IOException {
        out.begin();
        out.enumValue("kind", s.kind());
        out.text("text", s.text());
        out.map("facts", s.facts(), Scalars.TEXT_OUT);
        out.list("children", s.children(), STEP_OUT);
        out.end();
    }

    private static Explanation readExplanation(In in) {
        in.object("an explanation");
        String subject = in.req("subject", Scalars.TEXT);
        List<Step> steps = in.list("steps", STEP);
        return in.build(() -> Explanation.of(subject, steps));
    }

    private static void writeExplanation(Out out, Explanation e) throws IOException {
        out.begin();
        out.text("subject", e.subject());
        out.list("steps", e.steps(), STEP_OUT);
        out.end();
    }

    private static Violation readViolation(In in) {
        in.object("a violation");
        String path = in.req("path", Scalars.TEXT);
        Optional<String> value = in.opt("value", Scalars.TEXT);
        String rule = in.req("rule", Scalars.TEXT);
        return in.build(() -> Violation.of(path, value.orElse(null), rule));
    }

    private static void writeViolation(Out out, Violation v) throws IOException {
        out.begin();
        out.text("path", v.path());
        if (v.value() != null) {
            out.text("value", v.value());
        }
        out.text("rule", v.rule());
        out.end();
    }
}
