package dev.partnering.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * The record of one escalation: an issue raised at a level on a date, handed up to higher levels
 * on later dates, and resolved on a date at the level it had reached. Its substance, all optional
 * so that records kept before stay valid: the subject ({@link #title()}), the party and role that
 * raised it, and the {@linkplain #outcome() outcome} that resolved it (a decision, an action or a
 * contract change).
 * <p>
 * Rules checked when built: each step goes to a higher level than the one before; nothing goes
 * beyond level A (STRATEGIC), the highest instance; dates never go backwards (steps on or after
 * the day raised, resolution on or after the last step).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Escalation {

    Escalation() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableEscalation.builder();
    }

    /** @return the id, unique among the escalations of an agreement */
    public abstract String id();

    /** @return the subject: what the issue is about, e.g. "Invoice dispute March", if given */
    public abstract Optional<String> title();

    /**
     * @return the id of the party that raised the issue, if recorded
     * @since 0.1.0
     */
    public abstract Optional<String> raisedBy();

    /**
     * @return the id of the role, of the {@linkplain #raisedBy() raising party}, that raised it, if recorded
     * @since 0.1.0
     */
    public abstract Optional<String> raisedByRole();

    /**
     * @return what resolved the issue (a decision, an action or a contract change), if recorded;
     *         only a resolved escalation has one
     * @since 0.1.0
     */
    public abstract Optional<EscalationOutcome> outcome();

    /**
     * @return the level the issue was resolved at, empty while open
     * @since 0.1.0
     */
    public Optional<GovernanceLevel> resolvedAt() {
        return resolvedOn().map(r -> finalLevel());
    }

    /** @return the level the issue was raised at, never null */
    public abstract GovernanceLevel raisedAt();

    /** @return the day the issue was raised, never null */
    public abstract LocalDate raisedOn();

    /** @return the steps up, in order, each to a higher level; never null */
    public abstract List<EscalationStep> steps();

    /** @return the day the issue was resolved, empty while open */
    public abstract Optional<LocalDate> resolvedOn();

    /**
     * @param date  a day, not null
     * @return true if the issue was raised on or before the day
     */
    public boolean isRaisedBy(LocalDate date) {
        return !raisedOn().isAfter(date);
    }

    /**
     * @param date  a day, not null
     * @return true if the issue was resolved on or before the day
     */
    public boolean isResolvedBy(LocalDate date) {
        return resolvedOn().filter(r -> !r.isAfter(date)).isPresent();
    }

    /**
     * @param date  a day on or after {@link #raisedOn()}, not null
     * @return the level the issue was at at the end of the day, never null
     */
    public GovernanceLevel levelOn(LocalDate date) {
        GovernanceLevel level = raisedAt();
        for (EscalationStep s : steps()) {
            if (!s.date().isAfter(date)) {
                level = s.level();
            }
        }
        return level;
    }

    /** @return the level it was resolved at or is at now, never null */
    public GovernanceLevel finalLevel() {
        return steps().isEmpty() ? raisedAt() : steps().get(steps().size() - 1).level();
    }

    /** @return true if it was resolved without being handed up */
    public boolean isResolvedAtRaisedLevel() {
        return resolvedOn().isPresent() && steps().isEmpty();
    }

    /**
     * The time the issue spent at each level up to a day: from the day it reached the level to the
     * day it left it (handed up or resolved), or to the given day if still there.
     *
     * @param asOf  the day to look from, on or after {@link #raisedOn()}, not null
     * @return the stays in order, never null
     */
    public List<Stay> staysUntil(LocalDate asOf) {
        List<Stay> stays = new ArrayList<>();
        GovernanceLevel level = raisedAt();
        LocalDate from = raisedOn();
        for (EscalationStep s : steps()) {
            if (s.date().isAfter(asOf)) {
                break;
            }
            stays.add(new Stay(level, from, s.date(), true));
            level = s.level();
            from = s.date();
        }
        LocalDate until = isResolvedBy(asOf) ? resolvedOn().get() : asOf;
        stays.add(new Stay(level, from, until, isResolvedBy(asOf)));
        return stays;
    }

    /**
     * The time an escalation spent at one level.
     *
     * @param level  the level, not null
     * @param from  the day it reached the level, not null
     * @param until  the day it left the level, or the day looked from if still there, not null
     * @param isClosed  true if it left the level (handed up or resolved) by then
     */
    public record Stay(GovernanceLevel level, LocalDate from, LocalDate until, boolean isClosed) {

        /** @return the whole days between {@code from} and {@code until} */
        public long days() {
            return ChronoUnit.DAYS.between(from, until);
        }
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Escalation");
        attrs.required("id", id());
        attrs.required("raisedAt", raisedAt());
        attrs.required("raisedOn", raisedOn());
        attrs.requiredAll("steps", steps());
        attrs.throwIfAny();
        String it = "escalation '" + id() + "'";
        Violations v = Violations.of("Escalation '" + id() + "'");
        Ids.check(v, "id", id(), "escalation");
        title().ifPresent(t -> v.require(!t.isBlank(), "title", t, it + ": title must not be blank when given"));
        raisedBy().ifPresent(p -> Ids.check(v, "raisedBy", p, "party"));
        raisedByRole().ifPresent(r -> Ids.check(v, "raisedByRole", r, "role"));
        v.require(raisedByRole().isEmpty() || raisedBy().isPresent(), "raisedByRole", raisedByRole().orElse(null),
                it + ": a raising role needs the raising party (raisedBy)");
        v.require(outcome().isEmpty() || resolvedOn().isPresent(), "outcome", outcome().orElse(null),
                it + " is open and cannot have an outcome; give the day it was resolved (resolvedOn)");
        GovernanceLevel level = raisedAt();
        LocalDate last = raisedOn();
        for (int i = 0; i < steps().size(); i++) {
            EscalationStep s = steps().get(i);
            String path = "steps[" + i + "]";
            if (level == GovernanceLevel.STRATEGIC) {
                v.add(path + ".level", s.level(), it + " is at level A (STRATEGIC), the highest instance, from " + last
                        + "; it cannot be escalated beyond level A");
            } else {
                v.require(s.level().isAbove(level), path + ".level", s.level(), it + " is handed from level "
                        + level.label() + " to level " + s.level().label() + " on " + s.date()
                        + "; an escalation only goes to a higher level");
            }
            v.require(!s.date().isBefore(last), path + ".date", s.date(), it + " is handed to level "
                    + s.level().label() + " on " + s.date() + ", before " + last);
            level = s.level();
            last = s.date().isBefore(last) ? last : s.date();
        }
        LocalDate latest = last;
        resolvedOn().ifPresent(r -> v.require(!r.isBefore(latest), "resolvedOn", r,
                it + " is resolved on " + r + ", before " + latest));
        v.throwIfAny();
    }

    /**
     * A builder of {@link Escalation}; {@code id}, {@code raisedAt} and {@code raisedOn} are required.
     * <p>
     * Obtained from {@link Escalation#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Escalation#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the optional value {@link Escalation#title() title} to title.
         * @param title The value for title
         * @return {@code this} builder for chained invocation
         */
        Builder title(String title);

        /**
         * Initializes the optional value {@link Escalation#title() title} to title.
         * @param title The value for title
         * @return {@code this} builder for use in a chained invocation
         */
        Builder title(Optional<String> title);

        /**
         * @param raisedBy  the id of the party that raised the issue, not null
         * @return this builder
         * @since 0.1.0
         */
        Builder raisedBy(String raisedBy);

        /**
         * @param raisedByRole  the id of the role that raised the issue, not null
         * @return this builder
         * @since 0.1.0
         */
        Builder raisedByRole(String raisedByRole);

        /**
         * @param outcome  what resolved the issue, not null
         * @return this builder
         * @since 0.1.0
         */
        Builder outcome(EscalationOutcome outcome);

        /**
         * Initializes the value for the {@link Escalation#raisedAt() raisedAt} attribute.
         * @param raisedAt The value for raisedAt (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder raisedAt(GovernanceLevel raisedAt);

        /**
         * Initializes the value for the {@link Escalation#raisedOn() raisedOn} attribute.
         * @param raisedOn The value for raisedOn (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder raisedOn(LocalDate raisedOn);

        /**
         * Adds one element to {@link Escalation#steps() steps} list.
         * @param element A steps element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addSteps(EscalationStep element);

        /**
         * Adds elements to {@link Escalation#steps() steps} list.
         * @param elements An array of steps elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addSteps(EscalationStep... elements);

        /**
         * Adds elements to {@link Escalation#steps() steps} list.
         * @param elements An iterable of steps elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllSteps(Iterable<? extends EscalationStep> elements);

        /**
         * Initializes the optional value {@link Escalation#resolvedOn() resolvedOn} to resolvedOn.
         * @param resolvedOn The value for resolvedOn
         * @return {@code this} builder for chained invocation
         */
        Builder resolvedOn(LocalDate resolvedOn);

        /**
         * Initializes the optional value {@link Escalation#resolvedOn() resolvedOn} to resolvedOn.
         * @param resolvedOn The value for resolvedOn
         * @return {@code this} builder for use in a chained invocation
         */
        Builder resolvedOn(Optional<? extends LocalDate> resolvedOn);

        /**
         * Adds a step up.
         *
         * @param level  the higher level it is handed to, not null
         * @param date  the day it is handed up, not null
         * @return this builder
         */
        default Builder escalatedTo(GovernanceLevel level, LocalDate date) {
            addSteps(EscalationStep.of(level, date));
            return this;
        }

        /**
         * @return the Escalation, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Escalation build();
    }
}
