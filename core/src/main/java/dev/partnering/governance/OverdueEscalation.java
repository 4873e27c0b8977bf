package dev.partnering.governance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An escalation still open at the end of a period that has stayed at its level longer than the
 * escalation policy allows.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param escalation  the escalation, not null
 * @param level  the level it is stuck at, not null
 * @param since  the day it reached that level, not null
 * @param days  the whole days it has been there at the end of the period
 * @param allowed  the time the policy allows at that level, not null
 * @since 0.1.0
 */
public record OverdueEscalation(Escalation escalation, GovernanceLevel level, LocalDate since, long days,
        Duration allowed) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param escalation  the escalation, not null
     * @param level  the level it is stuck at, not null
     * @param since  the day it reached that level, not null
     * @param days  the whole days it has been there at the end of the period
     * @param allowed  the time the policy allows at that level, not null
     */
    public OverdueEscalation {
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(allowed, "allowed");
    }

    /** @return the last day it could have stayed at the level, never null */
    public LocalDate dueBy() {
        return since.plusDays(allowed.toDays());
    }
}
