package dev.partnering.action;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * An action agreed in a forum meeting: what is to be done, the party and the role that own it, the
 * day it is due, where it stands, and what it serves: a {@linkplain #decision() decision}, an
 * {@linkplain #escalation() escalation}, a {@linkplain #remedy() remedy finding} or a
 * {@linkplain #risk() risk} (any, several or none).
 * <p>
 * Rules checked when built: valid ids; a description that is not blank; a {@link #closedOn()} day
 * when DONE (optional when CANCELLED, never when OPEN). {@link Minutes} checks the days against the
 * meeting, and {@link ActionRegister} the owner, role and links against the governance and the
 * other minutes.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Action {

    Action() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableAction.builder();
    }

    /** @return the id, unique among the actions of the register, never null */
    public abstract String id();

    /** @return what is to be done, never blank */
    public abstract String description();

    /** @return the id of the party that owns the action, never null */
    public abstract String owner();

    /** @return the id of the role of the owning party that answers for it, never null */
    public abstract String ownerRole();

    /** @return the day it is due, never null */
    public abstract LocalDate due();

    /** @return where it stands; OPEN by default */
    @Value.Default
    public ActionStatus status() {
        return ActionStatus.OPEN;
    }

    /** @return the day it was done or cancelled; present when DONE, optional when CANCELLED, absent when OPEN */
    public abstract Optional<LocalDate> closedOn();

    /** @return the id of the decision it carries out, if any */
    public abstract Optional<String> decision();

    /** @return the id of the escalation it resolves, if any */
    public abstract Optional<String> escalation();

    /** @return the remedy finding it answers, if any */
    public abstract Optional<RemedyLink> remedy();

    /** @return the id of the risk it mitigates, if any */
    public abstract Optional<String> risk();

    /**
     * Where the action stood at the end of a day: OPEN until its closing day, then its status.
     *
     * @param date  a day, not null
     * @return the status at the end of the day, never null
     */
    public ActionStatus statusOn(LocalDate date) {
        if (status() == ActionStatus.OPEN || closedOn().filter(c -> c.isAfter(date)).isPresent()) {
            return ActionStatus.OPEN;
        }
        return status();
    }

    /**
     * @param date  a day, not null
     * @return true if the action was open at the end of the day and its due day had passed
     */
    public boolean isOverdueOn(LocalDate date) {
        return statusOn(date) == ActionStatus.OPEN && due().isBefore(date);
    }

    /**
     * @param date  a day, not null
     * @return true if the action was done by the end of the day, after its due day
     */
    public boolean isDoneLateBy(LocalDate date) {
        return statusOn(date) == ActionStatus.DONE && closedOn().orElseThrow().isAfter(due());
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Action");
        attrs.required("id", id());
        attrs.required("description", description());
        attrs.required("owner", owner());
        attrs.required("ownerRole", ownerRole());
        attrs.required("due", due());
        attrs.required("status", status());
        attrs.throwIfAny();
        String it = "action '" + id() + "'";
        Violations v = Violations.of("Action '" + id() + "'");
        Ids.check(v, "id", id(), "action");
        Ids.check(v, "owner", owner(), "party");
        Ids.check(v, "ownerRole", ownerRole(), "role");
        v.require(!description().isBlank(), "description", description(), it + ": description must not be blank");
        v.require(status() != ActionStatus.DONE || closedOn().isPresent(), "closedOn", null,
                it + " is DONE and needs the day it was done (closedOn)");
        v.require(status() != ActionStatus.OPEN || closedOn().isEmpty(), "closedOn", closedOn().orElse(null),
                it + " is OPEN and cannot have a closing day");
        decision().ifPresent(d -> Ids.check(v, "decision", d, "decision"));
        escalation().ifPresent(e -> Ids.check(v, "escalation", e, "escalation"));
        risk().ifPresent(r -> Ids.check(v, "risk", r, "risk"));
        v.throwIfAny();
    }

    /**
     * A builder of {@link Action}; {@code id}, {@code description}, {@code owner}, {@code ownerRole}
     * and {@code due} are required.
     * <p>
     * Obtained from {@link Action#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param id  the id, not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param description  what is to be done, not blank
         * @return this builder
         */
        Builder description(String description);

        /**
         * @param owner  the id of the owning party, not null
         * @return this builder
         */
        Builder owner(String owner);

        /**
         * @param ownerRole  the id of the owning role, not null
         * @return this builder
         */
        Builder ownerRole(String ownerRole);

        /**
         * @param due  the due day, not null
         * @return this builder
         */
        Builder due(LocalDate due);

        /**
         * @param status  where it stands, not null; OPEN if not set
         * @return this builder
         */
        Builder status(ActionStatus status);

        /**
         * @param closedOn  the day it was done or cancelled, not null
         * @return this builder
         */
        Builder closedOn(LocalDate closedOn);

        /**
         * @param decision  the id of the decision it carries out, not null
         * @return this builder
         */
        Builder decision(String decision);

        /**
         * @param escalation  the id of the escalation it resolves, not null
         * @return this builder
         */
        Builder escalation(String escalation);

        /**
         * @param remedy  the remedy finding it answers, not null
         * @return this builder
         */
        Builder remedy(RemedyLink remedy);

        /**
         * @param risk  the id of the risk it mitigates, not null
         * @return this builder
         */
        Builder risk(String risk);

        /**
         * Marks the action done on a day.
         *
         * @param date  the day it was done, not null
         * @return this builder
         */
        default Builder doneOn(LocalDate date) {
            return status(ActionStatus.DONE).closedOn(date);
        }

        /**
         * Marks the action cancelled on a day.
         *
         * @param date  the day it was cancelled, not null
         * @return this builder
         */
        default Builder cancelledOn(LocalDate date) {
            return status(ActionStatus.CANCELLED).closedOn(date);
        }

        /**
         * @return the Action, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Action build();
    }
}
