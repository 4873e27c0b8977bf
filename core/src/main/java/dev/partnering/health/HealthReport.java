package dev.partnering.health;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import java.util.ArrayList;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.period.ReportingPeriod;

/**
 * The health of a relationship in one period, as computed by the {@link HealthCalculator}: the
 * combined score from 0 to 100, its colour, the colour of each pillar, and the reasons.
 * <p>
 * The score and status are absent only when no pillar with a positive weight has a score.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthReport {

    private final HealthInputs inputs;
    private final HealthPolicy policy;
    private final Optional<BigDecimal> score;
    private final Optional<HealthStatus> status;
    private final Map<Pillar, HealthStatus> pillars;
    // the pillar of each reason, in order; the reasons' words are the explanation's WARNING steps (kept once)
    private final List<Optional<Pillar>> reasonPillars;
    private final Explanation explanation;

    HealthReport(HealthInputs inputs, HealthPolicy policy, Optional<BigDecimal> score, Optional<HealthStatus> status,
            Map<Pillar, HealthStatus> pillars, List<Optional<Pillar>> reasonPillars, Explanation explanation) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.score = Objects.requireNonNull(score, "score");
        this.status = Objects.requireNonNull(status, "status");
        this.pillars = Map.copyOf(pillars);
        this.reasonPillars = List.copyOf(reasonPillars);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        if (warnings().size() != reasonPillars.size()) {
            throw new IllegalArgumentException("one pillar per warning of the explanation");
        }
    }

    /** @return the period, never null */
    public ReportingPeriod period() {
        return inputs.period();
    }

    /** @return the inputs the report was computed from, never null */
    public HealthInputs inputs() {
        return inputs;
    }

    /** @return the policy the report was computed with, never null */
    public HealthPolicy policy() {
        return policy;
    }

    /** @return the weighted mean of the pillar scores present, from 0 to 100; empty when none is */
    public Optional<BigDecimal> score() {
        return score;
    }

    /** @return the colour, empty when there is no score */
    public Optional<HealthStatus> status() {
        return status;
    }

    /**
     * @param pillar  a pillar, not null
     * @return the colour of the pillar's own score by the thresholds, empty if it has no score or weighs 0
     */
    public Optional<HealthStatus> status(Pillar pillar) {
        return Optional.ofNullable(pillars.get(pillar));
    }

    /**
     * @return the colour of each pillar's own score by the thresholds, for the pillars that have a
     *         score and weigh more than 0, in the pillars' order; never null
     */
    public Map<Pillar, HealthStatus> pillars() {
        Map<Pillar, HealthStatus> m = new EnumMap<>(Pillar.class);
        m.putAll(pillars);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Why the relationship is not greener and what to look at, most important first. Each reason is
     * a {@link StepKind#WARNING WARNING} step of the {@link #explanation()} with the pillar it
     * belongs to: the words are kept once, in the explanation.
     *
     * @return the reasons, never null
     */
    public List<HealthReason> reasons() {
        List<Step> warnings = warnings();
        List<HealthReason> reasons = new ArrayList<>(warnings.size());
        for (int i = 0; i < warnings.size(); i++) {
            reasons.add(new HealthReason(reasonPillars.get(i), warnings.get(i).text()));
        }
        return List.copyOf(reasons);
    }

    private List<Step> warnings() {
        return explanation.steps().stream().filter(s -> s.kind() == StepKind.WARNING).toList();
    }

    /** @return how the report was computed, never null */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Two reports are equal when their inputs, policy, score, colours, reasons and explanation are equal.
     *
     * @param other  the object to compare with, may be null
     * @return true if the other object is a HealthReport with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof HealthReport r && inputs.equals(r.inputs) && policy.equals(r.policy) && score.equals(r.score) && status.equals(r.status) && pillars.equals(r.pillars) && reasonPillars.equals(r.reasonPillars) && explanation.equals(r.explanation);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(inputs, policy, score, status, pillars, reasonPillars, explanation);
    }

    /** @return the explanation as plain text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
