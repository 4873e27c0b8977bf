package dev.partnering.jackson;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;

/**
 * Explanations and steps for the tree readers and writers still holding them (the incentive
 * statements and the statements of several suppliers): read by Jackson through the creators and
 * written through the mix-ins of {@code ScorecardMixins} in jackson-common, the depth limit checked
 * on writing by {@link ExplanationDepth} and on reading by the core. Goes when those readers do.
 */
final class ExplanationFormats {

    private ExplanationFormats() {
    }

    static final ValueReader<Step> STEP = Reading.jackson(Step.class);
    static final ValueWriter<Step> STEP_OUT = Writing.jackson(Step.class);
    static final ValueReader<Explanation> EXPLANATION = Reading.jackson(Explanation.class);
    static final ValueWriter<Explanation> EXPLANATION_OUT = Writing.jackson(Explanation.class);
}
