package dev.partnering.action;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.immutables.value.Value;

import dev.partnering.governance.ForumMeeting;
import dev.partnering.internal.Violations;

/**
 * The minutes of one forum meeting: the {@link ForumMeeting} (forum, day, held or cancelled,
 * attendance), the decisions it took and the actions it agreed.
 * <p>
 * Rules checked when built: a cancelled meeting decides nothing and agrees no action; each decision
 * is dated the day of the meeting; each action is due, and closed, on or after the day of the
 * meeting; ids are unique within the minutes.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Minutes {

    Minutes() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableMinutes.builder();
    }

    /** @return the meeting, never null */
    public abstract ForumMeeting meeting();

    /** @return the decisions taken, in order, never null */
    public abstract List<Decision> decisions();

    /** @return the actions agreed, in order, never null */
    public abstract List<Action> actions();

    /** @return the day of the meeting, never null */
    public LocalDate date() {
        return meeting().date();
    }

    /** @return the id of the forum that met, never null */
    public String forum() {
        return meeting().forum();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Minutes");
        attrs.required("meeting", meeting());
        attrs.requiredAll("decisions", decisions());
        attrs.requiredAll("actions", actions());
        attrs.throwIfAny();
        String it = "minutes of forum '" + forum() + "' on " + date();
        Violations v = Violations.of("Minutes '" + forum() + "' " + date());
        v.require(meeting().isHeld() || decisions().isEmpty() && actions().isEmpty(), "meeting.status",
                meeting().status(), it + ": a cancelled meeting takes no decision and agrees no action");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < decisions().size(); i++) {
            Decision d = decisions().get(i);
            String path = "decisions[" + i + "]";
            v.require(ids.add(d.id()), path + ".id", d.id(), it + ": decision id '" + d.id() + "' is used more than once");
            v.require(d.date().equals(date()), path + ".date", d.date(), it + ": decision '" + d.id()
                    + "' is dated " + d.date() + ", not the day of the meeting");
        }
        Set<String> actionIds = new HashSet<>();
        for (int i = 0; i < actions().size(); i++) {
            Action a = actions().get(i);
            String path = "actions[" + i + "]";
            v.require(actionIds.add(a.id()), path + ".id", a.id(), it + ": action id '" + a.id() + "' is used more than once");
            v.require(!a.due().isBefore(date()), path + ".due", a.due(), it + ": action '" + a.id() + "' is due "
                    + a.due() + ", before the meeting that agreed it");
            a.closedOn().ifPresent(c -> v.require(!c.isBefore(date()), path + ".closedOn", c, it + ": action '"
                    + a.id() + "' is closed on " + c + ", before the meeting that agreed it"));
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link Minutes}; {@code meeting} is required.
     * <p>
     * Obtained from {@link Minutes#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param meeting  the meeting, not null
         * @return this builder
         */
        Builder meeting(ForumMeeting meeting);

        /**
         * @param element  a decision taken, not null
         * @return this builder
         */
        Builder addDecisions(Decision element);

        /**
         * @param elements  decisions taken, not null
         * @return this builder
         */
        Builder addAllDecisions(Iterable<? extends Decision> elements);

        /**
         * @param element  an action agreed, not null
         * @return this builder
         */
        Builder addActions(Action element);

        /**
         * @param elements  actions agreed, not null
         * @return this builder
         */
        Builder addAllActions(Iterable<? extends Action> elements);

        /**
         * @return the Minutes, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Minutes build();
    }
}
