package dev.partnering.action;

import java.time.LocalDate;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * A decision taken by a forum: its id (for actions and escalations to refer to), what was decided,
 * the level that decided it, and the day.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, unique among the decisions of the register, not null
 * @param text  what was decided, not blank
 * @param level  the level that took the decision, not null
 * @param date  the day it was taken, not null
 * @since 0.1.0
 */
public record Decision(String id, String text, GovernanceLevel level, LocalDate date) {

    /**
     * Creates the value, checking it.
     *
     * @param id  the id, not null
     * @param text  what was decided, not blank
     * @param level  the deciding level, not null
     * @param date  the day, not null
     * @throws dev.partnering.ValidationException naming every problem
     */
    public Decision {
        Violations.requirePresent("Decision", "id", id, "text", text, "level", level, "date", date);
        Violations v = Violations.of("Decision '" + id + "'");
        Ids.check(v, "id", id, "decision");
        v.require(!text.isBlank(), "text", text, "decision '" + id + "': text must not be blank");
        v.throwIfAny();
    }

    /**
     * @param id  the id, not null
     * @param text  what was decided, not blank
     * @param level  the deciding level, not null
     * @param date  the day, not null
     * @return the decision, never null
     */
    public static Decision of(String id, String text, GovernanceLevel level, LocalDate date) {
        return new Decision(id, text, level, date);
    }
}
