package dev.partnering.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.period.ReportingPeriod;

/**
 * The progress of one desired outcome in one period: the weighted mean of the attainments of the
 * KPIs measuring it, on the attainment scale (1 = every KPI at target, above 1 with stretch),
 * rounded once, HALF_EVEN, to the tracker's decimals.
 * <p>
 * A KPI that did not count on the period's scorecard (no data, not determined, or not on the
 * scorecard) is left out and listed in {@link #unmeasured()}, the weights renormalised over the
 * rest; with no KPI left the progress is absent, never 0 by accident.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param outcomeId  the outcome's id
 * @param period  the period
 * @param progress  Σ wᵢ·aᵢ / Σ wᵢ over the KPIs that counted, absent if none did
 * @param unmeasured  the ids of the outcome's KPIs left out, in declaration order
 * @param explanation  the weights, attainments and arithmetic
 * @since 0.1.0
 */
public record OutcomeProgress(String outcomeId, ReportingPeriod period, Optional<BigDecimal> progress,
        List<String> unmeasured, Explanation explanation) {

    /**
     * Copies the list; checks for nulls.
     *
     * @param outcomeId  the outcome's id, not null
     * @param period  the period, not null
     * @param progress  the progress, not null
     * @param unmeasured  the KPIs left out, not null
     * @param explanation  the explanation, not null
     */
    public OutcomeProgress {
        Objects.requireNonNull(outcomeId, "outcomeId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(progress, "progress");
        unmeasured = List.copyOf(unmeasured);
        Objects.requireNonNull(explanation, "explanation");
    }
}
