package dev.partnering.trust;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;
import dev.partnering.party.PartyKind;

/**
 * One dated behavioural signal: information shared, a request answered in time or late, or a joint
 * improvement initiative started, with the side that acted. Counted per reporting period by
 * {@link SignalTally}.
 * <p>
 * The acting side is required, except for a joint improvement initiative, where it may be left
 * empty to mean both sides together (or name the side that proposed it).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BehaviouralSignal {

    BehaviouralSignal() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableBehaviouralSignal.builder();
    }

    /**
     * Obtains a signal.
     *
     * @param kind  the kind, not null
     * @param date  the day it happened, not null
     * @param by  the side that acted, not null
     * @return the signal, never null
     */
    public static BehaviouralSignal of(SignalKind kind, LocalDate date, PartyKind by) {
        return builder().kind(kind).date(date).by(by).build();
    }

    /**
     * Obtains a joint improvement initiative started by both sides together.
     *
     * @param date  the day it started, not null
     * @return the signal, never null
     */
    public static BehaviouralSignal jointInitiative(LocalDate date) {
        return builder().kind(SignalKind.JOINT_IMPROVEMENT_STARTED).date(date).build();
    }

    /** @return the kind, never null */
    public abstract SignalKind kind();

    /** @return the day it happened, never null */
    public abstract LocalDate date();

    /** @return the side that acted; empty only for a joint initiative of both sides */
    public abstract Optional<PartyKind> by();

    /** @return a reference in the source system, e.g. a ticket or document id, if any */
    public abstract Optional<String> reference();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("BehaviouralSignal");
        attrs.required("kind", kind());
        attrs.required("date", date());
        attrs.throwIfAny();
        Violations v = Violations.of("BehaviouralSignal " + kind() + " of " + date());
        v.require(by().isPresent() || kind() == SignalKind.JOINT_IMPROVEMENT_STARTED, "by", null,
                "a " + kind() + " signal of " + date() + " must name the side that acted");
        reference().ifPresent(r -> v.require(!r.isBlank(), "reference", r, "a reference must not be blank when given"));
        v.throwIfAny();
    }

    /**
     * A builder of {@link BehaviouralSignal}; {@code kind} and {@code date} are required.
     * <p>
     * Obtained from {@link BehaviouralSignal#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link BehaviouralSignal#kind() kind} attribute.
         * @param kind The value for kind (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder kind(SignalKind kind);

        /**
         * Initializes the value for the {@link BehaviouralSignal#date() date} attribute.
         * @param date The value for date (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder date(LocalDate date);

        /**
         * Initializes the optional value {@link BehaviouralSignal#by() by} to by.
         * @param by The value for by
         * @return {@code this} builder for chained invocation
         */
        Builder by(PartyKind by);

        /**
         * Initializes the optional value {@link BehaviouralSignal#by() by} to by.
         * @param by The value for by
         * @return {@code this} builder for use in a chained invocation
         */
        Builder by(Optional<? extends PartyKind> by);

        /**
         * Initializes the optional value {@link BehaviouralSignal#reference() reference} to reference.
         * @param reference The value for reference
         * @return {@code this} builder for chained invocation
         */
        Builder reference(String reference);

        /**
         * Initializes the optional value {@link BehaviouralSignal#reference() reference} to reference.
         * @param reference The value for reference
         * @return {@code this} builder for use in a chained invocation
         */
        Builder reference(Optional<String> reference);


        /**
         * @return the BehaviouralSignal, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        BehaviouralSignal build();
    }
}
