package dev.partnering.governance;

import java.time.LocalDate;

import org.immutables.value.Value;
import dev.partnering.internal.Violations;

/**
 * One step of an {@link Escalation}: the day it was handed up to a higher level.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EscalationStep {

    EscalationStep() {
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("EscalationStep");
        attrs.required("level", level());
        attrs.required("date", date());
        attrs.throwIfAny();
    }

    /**
     * @param level  the level it was handed to, not null
     * @param date  the day it was handed up, not null
     * @return the step, never null
     */
    public static EscalationStep of(GovernanceLevel level, LocalDate date) {
        return ImmutableEscalationStep.builder().level(level).date(date).build();
    }

    /** @return the level the escalation was handed to, never null */
    public abstract GovernanceLevel level();

    /** @return the day it was handed up, never null */
    public abstract LocalDate date();
}
