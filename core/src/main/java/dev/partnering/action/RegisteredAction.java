package dev.partnering.action;

import java.time.LocalDate;
import java.util.Objects;

import dev.partnering.governance.GovernanceLevel;

/**
 * An action as the register holds it: the action, the forum that agreed it, that forum's level,
 * and the day of the meeting.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param action  the action, not null
 * @param forum  the id of the forum that agreed it, not null
 * @param level  the level of that forum, not null
 * @param agreedOn  the day of the meeting that agreed it, not null
 * @since 0.1.0
 */
public record RegisteredAction(Action action, String forum, GovernanceLevel level, LocalDate agreedOn) {

    /**
     * Checks for nulls.
     *
     * @param action  the action, not null
     * @param forum  the forum's id, not null
     * @param level  the forum's level, not null
     * @param agreedOn  the day of the meeting, not null
     */
    public RegisteredAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(agreedOn, "agreedOn");
    }

    /** @return the action's id, never null */
    public String id() {
        return action.id();
    }

    /** @return the id of the owning party, never null */
    public String owner() {
        return action.owner();
    }
}
