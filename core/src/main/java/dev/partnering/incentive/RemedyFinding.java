package dev.partnering.incentive;

import java.util.List;
import java.util.Objects;

import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.period.ReportingPeriod;

/**
 * A remedy trigger that fired in a period: the period, the trigger (and so the {@link #remedy()}
 * the customer gains) and the explanation, the warning step that names the facts that fired it,
 * e.g. {@code remedy STEP_IN: … (availability below minimum in 2026-02; availability below minimum
 * in 2026-03)}. The same step is among the steps of the period statement's explanation.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period
 * @param trigger  the trigger
 * @param explanation  why the trigger fired: the remedy, the trigger and the facts, in words
 * @since 0.1.0
 */
public record RemedyFinding(ReportingPeriod period, RemedyTrigger trigger, Step explanation) {

    /**
     * Checks for nulls.
     *
     * @param period  the period
     * @param trigger  the trigger
     * @param explanation  why the trigger fired: the remedy, the trigger and the facts, in words
     */
    public RemedyFinding {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A finding with the SDK's explanation: a {@link StepKind#WARNING WARNING} step
     * {@code remedy <remedy>: <trigger described> (<fact>; <fact>; …)}.
     *
     * @param period  the period, not null
     * @param trigger  the trigger that fired, not null
     * @param facts  the facts that fired it, as {@link RemedyTrigger#evaluate} gives them, not null
     * @return the finding, never null
     */
    public static RemedyFinding of(ReportingPeriod period, RemedyTrigger trigger, List<String> facts) {
        Objects.requireNonNull(trigger, "trigger");
        return new RemedyFinding(period, trigger, Step.of(StepKind.WARNING, "remedy " + trigger.remedy() + ": "
                + trigger.describe() + " (" + String.join("; ", List.copyOf(facts)) + ")"));
    }

    /**
     * A builder for a finding read from a store: with its explanation, or (as 0.1 snapshots stored
     * it) with the facts that fired the trigger, from which the explanation is made as by
     * {@link #of(ReportingPeriod, RemedyTrigger, List)}. An explanation given wins over facts.
     *
     * @return a new builder, never null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new RemedyFindingBuilder();
    }

    /**
     * A builder of {@link RemedyFinding}; the period, the trigger and the explanation or the facts are required.
     * <p>
     * Obtained from {@link RemedyFinding#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     *
     * @since 0.1.0
     */
    public interface Builder {

        /**
         * @param period  the period
         * @return this builder
         */
        Builder period(ReportingPeriod period);

        /**
         * @param trigger  the trigger that fired
         * @return this builder
         */
        Builder trigger(RemedyTrigger trigger);

        /**
         * @param explanation  why the trigger fired, in words
         * @return this builder
         */
        Builder explanation(Step explanation);

        /**
         * @param facts  the facts that fired the trigger, used only when no explanation is given
         * @return this builder
         */
        Builder addAllFacts(Iterable<String> facts);

        /**
         * @return the finding, never null
         * @throws dev.partnering.ValidationException if the period or the trigger is missing, or both
         *         the explanation and the facts, or a fact is null
         */
        RemedyFinding build();
    }

    /** @return the right the customer gains, never null */
    public Remedy remedy() {
        return trigger.remedy();
    }

    /** @return the period and the explanation's sentence, e.g. {@code 2026-03: remedy STEP_IN: …} */
    @Override
    public String toString() {
        return period + ": " + explanation.text();
    }
}
