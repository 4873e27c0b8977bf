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
        return new Builder();
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

    /** A builder of {@link BreachEvent}; id, penaltyId and date are required. */
    public static final class Builder extends ImmutableBreachEvent.Builder {
        Builder() {
        }
    }
}
