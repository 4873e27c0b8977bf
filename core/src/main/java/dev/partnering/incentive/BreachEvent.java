package dev.partnering.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * A breach that a {@link Penalty} may charge for: a missed milestone, a late delivery (with the
 * number of units, e.g. days late), a security incident. An event with an
 * {@linkplain #exclusionReason() exclusion} (force majeure) counts for nothing and is reported.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BreachEvent {

    BreachEvent() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableBreachEvent.builder();
    }

    /** @return the event's id, unique among the events */
    public abstract String id();

    /** @return the id of the penalty component the event belongs to */
    public abstract String penaltyId();

    /** @return the date of the breach, never null */
    public abstract LocalDate date();

    /** @return how many units the breach counts (e.g. days late); 1 by default, at least 0 */
    @Value.Default
    public BigDecimal units() {
        return BigDecimal.ONE;
    }

    /** @return what happened, if described */
    public abstract Optional<String> description();

    /** @return why the event does not count (e.g. force majeure), if it does not */
    public abstract Optional<String> exclusionReason();

    /** @return true if the event is excluded */
    public boolean isExcluded() {
        return exclusionReason().isPresent();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("BreachEvent");
        attrs.required("id", id());
        attrs.required("penaltyId", penaltyId());
        attrs.required("date", date());
        attrs.decimal("units", units());
        attrs.throwIfAny();
        Violations v = Violations.of("BreachEvent '" + id() + "'");
        Ids.check(v, "id", id(), "breach event");
        Ids.check(v, "penaltyId", penaltyId(), "penalty");
        v.require(units().signum() >= 0, "units", units().toPlainString(),
                "breach event '" + id() + "': units " + units().toPlainString() + " must not be negative");
        v.throwIfAny();
    }

    /**
     * A builder of {@link BreachEvent}; id, penaltyId and date are required.
     * <p>
     * Obtained from {@link BreachEvent#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link BreachEvent#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link BreachEvent#penaltyId() penaltyId} attribute.
         * @param penaltyId The value for penaltyId (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder penaltyId(String penaltyId);

        /**
         * Initializes the value for the {@link BreachEvent#date() date} attribute.
         * @param date The value for date (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder date(LocalDate date);

        /**
         * Initializes the value for the {@link BreachEvent#units() units} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link BreachEvent#units() units}.</em>
         * @param units The value for units 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder units(BigDecimal units);

        /**
         * Initializes the optional value {@link BreachEvent#description() description} to description.
         * @param description The value for description
         * @return {@code this} builder for chained invocation
         */
        Builder description(String description);

        /**
         * Initializes the optional value {@link BreachEvent#description() description} to description.
         * @param description The value for description
         * @return {@code this} builder for use in a chained invocation
         */
        Builder description(Optional<String> description);

        /**
         * Initializes the optional value {@link BreachEvent#exclusionReason() exclusionReason} to exclusionReason.
         * @param exclusionReason The value for exclusionReason
         * @return {@code this} builder for chained invocation
         */
        Builder exclusionReason(String exclusionReason);

        /**
         * Initializes the optional value {@link BreachEvent#exclusionReason() exclusionReason} to exclusionReason.
         * @param exclusionReason The value for exclusionReason
         * @return {@code this} builder for use in a chained invocation
         */
        Builder exclusionReason(Optional<String> exclusionReason);


        /**
         * @return the BreachEvent, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        BreachEvent build();
    }
}
