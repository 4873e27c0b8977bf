package dev.partnering.explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a result was computed: a subject ("Scorecard it-partnering 2026-Q1") and the ordered steps
 * that produced it: the inputs, the rules applied (thresholds, versions, policies, caps), the
 * computations with their arithmetic, and the results. {@link #toText()} renders it for a person;
 * {@link #steps()} gives the same as data.
 * <p>
 * Depth: the subject is level 1, its steps level 2, their children level 3, and so on, as
 * {@link #toText()} indents them; {@link #asStep()} has the same depth. An explanation or step is
 * at most {@link #MAX_DEPTH} levels deep: deeper ones are refused when built (see {@link Step}),
 * and the JSON module refuses to write or read them. Equality, hash and rendering walk the steps
 * without recursion.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Explanation {

    /**
     * The most levels an explanation or a step may have: {@value}. The SDK's calculators stay far
     * below it (their explanations are a few levels deep), and at this depth an explanation
     * embedded in any document of the JSON module still fits well within the module's nesting
     * limit (two JSON levels per step level), so whatever is written can be read back.
     */
    public static final int MAX_DEPTH = 32;

    // the eager form's subject and steps, final: an explanation shared through a race is seen whole
    private final String subject;
    private final List<Step> steps;
    // the lazy form: subject and steps null, the content made once by its holder when first read
    private final Lazy lazy;

    private Explanation(String subject, List<Step> steps) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.steps = checked(subject, List.copyOf(steps));
        this.lazy = null;
    }

    private Explanation(java.util.function.Supplier<Explanation> content) {
        this.subject = null;
        this.steps = null;
        this.lazy = new Lazy(Objects.requireNonNull(content, "content"));
    }

    /**
     * The content of a lazy explanation: the eager explanation its supplier gives, made by the first reader
     * and published through a volatile field.
     */
    private static final class Lazy {
        private volatile java.util.function.Supplier<Explanation> pending;
        private volatile Explanation made;

        Lazy(java.util.function.Supplier<Explanation> pending) {
            this.pending = pending;
        }

        Explanation get() {
            Explanation e = made;
            if (e == null) {
                synchronized (this) {
                    e = made;
                    if (e == null) {
                        e = Objects.requireNonNull(pending.get(), "lazy explanation content").resolved();
                        made = e;
                        pending = null;
                    }
                }
            }
            return e;
        }
    }

    static {
        // the core's calculators make lazy explanations through explanation.internal.LazySteps, which is not exported
        dev.partnering.internal.Secret.LAZY_EXPLANATION.install(content -> new Explanation(lazyContent(content)));
    }

    @SuppressWarnings("unchecked") // LazySteps.lazyExplanation takes a Supplier<Explanation>; the holder names JDK types only
    private static java.util.function.Supplier<Explanation> lazyContent(java.util.function.Supplier<?> content) {
        return (java.util.function.Supplier<Explanation>) Objects.requireNonNull(content, "content");
    }

    /** @return the eager explanation with this one's content: itself, or the lazy form's content made now */
    private Explanation resolved() {
        return lazy == null ? this : lazy.get();
    }

    private static List<Step> checked(String subject, List<Step> steps) {
        int depth = 1 + Step.builtDepthOf(steps);
        if (depth > MAX_DEPTH) {
            throw Step.tooDeep("Explanation", "steps", depth, subject);
        }
        return steps;
    }

    /**
     * @param subject  what is explained, not null
     * @param steps  the steps in order, not null
     * @return the explanation, never null
     * @throws dev.partnering.ValidationException if it would be deeper than {@link #MAX_DEPTH}
     */
    public static Explanation of(String subject, List<Step> steps) {
        return new Explanation(subject, steps);
    }

    /**
     * @param subject  what is explained, not null
     * @return a builder, never null
     */
    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    /** @return what is explained, never null */
    public String subject() {
        return resolved().subject;
    }

    /** @return the steps in order, never null */
    public List<Step> steps() {
        return resolved().steps;
    }

    /**
     * The depth of the explanation, computed in full (lazy steps included) without recursion.
     *
     * @return 1 for an explanation without steps, else one more than its deepest step
     */
    public int depth() {
        int max = 0;
        for (Step s : steps()) {
            max = Math.max(max, s.depth());
        }
        return 1 + max;
    }

    /** @return this explanation as one step (its subject as the text, its steps as children), never null */
    public Step asStep() {
        return Step.of(StepKind.COMPUTATION, subject(), Map.of(), steps());
    }

    /**
     * @return the explanation as indented plain text, one step per line, two spaces per level (the
     *         indentation stops growing at {@link #MAX_DEPTH}); never null
     */
    public String toText() {
        StringBuilder sb = new StringBuilder(subject()).append('\n');
        for (Step s : steps()) {
            s.render(sb, 1);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && subject().equals(e.subject()) && steps().equals(e.steps());
    }

    @Override
    public int hashCode() {
        return subject().hashCode() * 31 + steps().hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Builds an explanation step by step. Not thread-safe. */
    public static final class Builder {
        private final String subject;
        private final List<Step> steps = new ArrayList<>();

        private Builder(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /**
         * @param step  the next step, not null
         * @return this builder
         */
        public Builder add(Step step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * @param kind  the kind, not null
         * @param text  the sentence, not null
         * @return this builder
         */
        public Builder add(StepKind kind, String text) {
            return add(Step.of(kind, text));
        }

        /**
         * @return the explanation, never null
         * @throws dev.partnering.ValidationException if it would be deeper than {@link #MAX_DEPTH}
         */
        public Explanation build() {
            return new Explanation(subject, steps);
        }
    }
}
