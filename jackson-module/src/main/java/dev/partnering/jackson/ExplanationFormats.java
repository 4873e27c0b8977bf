package dev.partnering.jackson;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerationException;

import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;

/**
 * Explanations and violations:
 * {@code {"subject": "...", "steps": [{"kind": "COMPUTATION", "text": "...", "facts": {...}, "children": [...]}]}}.
 * <p>
 * Depth: an explanation or step is at most {@link Explanation#MAX_DEPTH} levels deep (an
 * explanation's subject is level 1, a step read alone is level 1), on writing and on reading alike,
 * so whatever is written reads back; the writer checks the whole tree first (lazy steps included)
 * and then writes it, the reader refuses the first step beyond the limit. Both recurse at most
 * {@link Explanation#MAX_DEPTH} levels.
 */
final class ExplanationFormats {

    private ExplanationFormats() {
    }

    static final ValueReader<Step> STEP = in -> readStep(in, 1);
    static final ValueWriter<Step> STEP_OUT = ExplanationFormats::writeStep;
    static final ValueReader<Explanation> EXPLANATION = ExplanationFormats::readExplanation;
    static final ValueWriter<Explanation> EXPLANATION_OUT = ExplanationFormats::writeExplanation;
    static final ValueReader<Violation> VIOLATION = ExplanationFormats::readViolation;
    static final ValueWriter<Violation> VIOLATION_OUT = ExplanationFormats::writeViolation;

    private static Step readStep(In in, int level) {
        in.object("an explanation step");
        if (level > Explanation.MAX_DEPTH) {
            throw in.fail("the explanation is nested deeper than the " + Explanation.MAX_DEPTH
                    + " levels allowed (Explanation.MAX_DEPTH): this step is at level " + level);
        }
        StepKind kind = in.req("kind", Scalars.enumOf(StepKind.class));
        String text = in.req("text", Scalars.TEXT);
        Map<String, String> facts = in.map("facts", Scalars.TEXT);
        List<Step> children = in.list("children", child -> readStep(child, level + 1));
        return in.build(() -> Step.of(kind, text, facts, children));
    }

    private static void writeStep(Out out, Step s) throws IOException {
        requireDepth(out, s.depth(), "step '" + s.text() + "'");
        writeStepTree(out, s);
    }

    private static void requireDepth(Out out, int depth, String what) throws JsonGenerationException {
        if (depth > Explanation.MAX_DEPTH) {
            String shown = JsonTree.abbreviate(what);
            throw new JsonGenerationException("cannot write explanation " + shown + ": it is " + depth
                    + " levels deep, more than the " + Explanation.MAX_DEPTH
                    + " levels allowed (Explanation.MAX_DEPTH), so it could not be read back", out.gen);
        }
    }

    private static void writeStepTree(Out out, Step s) throws IOException {
        out.begin();
        out.enumValue("kind", s.kind());
        out.text("text", s.text());
        out.map("facts", s.facts(), Scalars.TEXT_OUT);
        out.list("children", s.children(), ExplanationFormats::writeStepTree);
        out.end();
    }

    private static Explanation readExplanation(In in) {
        in.object("an explanation");
        String subject = in.req("subject", Scalars.TEXT);
        List<Step> steps = in.list("steps", step -> readStep(step, 2));
        return in.build(() -> Explanation.of(subject, steps));
    }

    private static void writeExplanation(Out out, Explanation e) throws IOException {
        requireDepth(out, e.depth(), "'" + e.subject() + "'");
        out.begin();
        out.text("subject", e.subject());
        out.list("steps", e.steps(), ExplanationFormats::writeStepTree);
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
