package dev.partnering.incentive;

import java.util.List;
import java.util.Objects;

import dev.partnering.period.ReportingPeriod;

/**
 * A remedy trigger that fired in a period, with the facts that fired it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period
 * @param trigger  the trigger
 * @param facts  the facts, e.g. {@code availability below minimum in 2026-03}
 * @since 0.1.0
 */
public record RemedyFinding(ReportingPeriod period, RemedyTrigger trigger, List<String> facts) {

    /** Copies the list; checks for nulls. */
    public RemedyFinding {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(trigger, "trigger");
        facts = List.copyOf(facts);
    }

    /** @return the right the customer gains, never null */
    public Remedy remedy() {
        return trigger.remedy();
    }

    @Override
    public String toString() {
        return period + ": " + trigger.describe() + " (" + String.join("; ", facts) + ")";
    }
}
