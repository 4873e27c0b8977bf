package dev.partnering.explanation.internal;

import java.util.Objects;
import java.util.function.Supplier;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.internal.Secret;

/**
 * Lazy explanation steps for the core's calculators: a step whose sentence and facts are written the
 * first time they are read, so that every result can be explained without paying for text nobody
 * reads. Not part of the API (the package is not exported): a user builds steps with
 * {@link Step#of}.
 * <p>
 * {@link Step} keeps its constructors private and hands its lazy factory, when it is initialised, to
 * {@link Secret#LAZY_STEP}, which this class reads (the JDK's "shared secrets" pattern; the holder sits
 * in {@code dev.partnering.internal} so that neither package depends on the other both ways). This class
 * is thread-safe.
 *
 * @since 0.1.0
 */
public final class LazySteps {

    private LazySteps() {
    }

    /**
     * A step whose content is computed the first time it is read (its kind, text, facts or
     * children, its rendering, equality or hash), exactly once, then kept; it is indistinguishable
     * from the eager step it computes. The supplier must be pure: it is called at most once, from
     * whichever thread reads first. Content deeper than {@code Explanation.MAX_DEPTH} is refused by
     * {@link Step#of} inside the supplier, so the first read throws the
     * {@link dev.partnering.ValidationException}; a lazy child not yet computed counts as one level
     * when its parent is built.
     *
     * @param content  computes the step, not null; must not return null
     * @return the step, never null
     */
    public static Step lazy(Supplier<Step> content) {
        Objects.requireNonNull(content, "content");
        return (Step) Secret.LAZY_STEP.get().apply(content);
    }

    /**
     * An explanation whose subject and steps are computed the first time they are read (or its rendering,
     * equality, hash or depth), exactly once, then kept; it is indistinguishable from the explanation the
     * supplier gives. The supplier must be pure: it is called once, by whichever thread reads first (a
     * supplier that throws is called again by the next read); an explanation deeper than
     * {@code Explanation.MAX_DEPTH} is refused inside the supplier, so every read throws the
     * {@link dev.partnering.ValidationException}.
     *
     * @param content  computes the explanation, not null; must not return null
     * @return the explanation, never null
     */
    public static Explanation lazyExplanation(Supplier<Explanation> content) {
        Objects.requireNonNull(content, "content");
        return (Explanation) Secret.LAZY_EXPLANATION.get().apply(content);
    }
}
