package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.period.ReportingPeriod;

/**
 * The scorecards of one period per scope (site, district, service line) and their roll-up to the
 * agreement. Each scope's scorecard is the agreement's scorecard computed from that scope's
 * measurements only. The {@linkplain #rolledUpScore() rolled-up score} is Σ vₛ·scoreₛ / Σ vₛ over
 * the scopes whose score is defined, vₛ being the scope's declared volume
 * ({@link RollUp#VOLUME_WEIGHTED}) or 1 ({@link RollUp#EQUAL}), rounded once to the agreement's
 * score decimals; it is undefined when no scope's score is.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period, not null
 * @param rule  how the scope scores roll up, not null
 * @param scopes  each scope's scorecard by scope id, in the agreement's order of scopes, not null
 * @param weights  the weight vₛ of each scope by scope id (its volume, or 1), not null
 * @param rolledUpScore  the rolled-up score, empty when no scope's score is defined, not null
 * @param leftOut  the ids of the scopes left out of the roll-up because their score is undefined, not null
 * @param unscoped  how many measurements of the period name no scope (and belong to no scope's scorecard), at least 0
 * @param explanation  the roll-up rule and its arithmetic, with each scope's scorecard, not null
 * @since 0.1.0
 */
public record ScopeScorecards(ReportingPeriod period, RollUp rule, Map<String, Scorecard> scopes,
        Map<String, BigDecimal> weights, Optional<BigDecimal> rolledUpScore, List<String> leftOut, int unscoped,
        Explanation explanation) {

    /**
     * How scope scores roll up to the agreement.
     *
     * @since 0.1.0
     */
    public enum RollUp {
        /** every scope weighs the same (no scope declares a volume) */
        EQUAL,
        /** each scope weighs with its declared volume */
        VOLUME_WEIGHTED
    }

    /**
     * @param period  the value of {@link #period()}
     * @param rule  the value of {@link #rule()}
     * @param scopes  the value of {@link #scopes()}
     * @param weights  the value of {@link #weights()}
     * @param rolledUpScore  the value of {@link #rolledUpScore()}
     * @param leftOut  the value of {@link #leftOut()}
     * @param unscoped  the value of {@link #unscoped()}
     * @param explanation  the value of {@link #explanation()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if unscoped is negative
     */
    public ScopeScorecards {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rule, "rule");
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        Objects.requireNonNull(rolledUpScore, "rolledUpScore");
        leftOut = List.copyOf(leftOut);
        if (unscoped < 0) {
            throw new IllegalArgumentException("unscoped must not be negative: " + unscoped);
        }
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param scopeId  a scope id, not null
     * @return that scope's scorecard, empty when the agreement has no such scope
     */
    public Optional<Scorecard> scope(String scopeId) {
        return Optional.ofNullable(scopes.get(Objects.requireNonNull(scopeId, "scopeId")));
    }
}
