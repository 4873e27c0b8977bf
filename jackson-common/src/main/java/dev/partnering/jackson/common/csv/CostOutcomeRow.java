package dev.partnering.jackson.common.csv;

import java.util.Objects;
import java.util.Optional;

import dev.partnering.incentive.CostOutcome;
import dev.partnering.period.ReportingPeriod;

/**
 * One row of a cost outcomes file: the gain-share component it belongs to, the period, the
 * outcome (baseline against actual) and an optional description.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param componentId  the id of the gain-share component, not null
 * @param period  the reporting period, not null
 * @param outcome  the baseline and actual cost, not null
 * @param description  what the row is about, if given; not null
 * @since 0.1.0
 */
public record CostOutcomeRow(String componentId, ReportingPeriod period, CostOutcome outcome,
        Optional<String> description) {

    /**
     * Checks for nulls.
     *
     * @param componentId  the id of the gain-share component, not null
     * @param period  the reporting period, not null
     * @param outcome  the baseline and actual cost, not null
     * @param description  what the row is about, if given; not null
     */
    public CostOutcomeRow {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(description, "description");
    }
}
