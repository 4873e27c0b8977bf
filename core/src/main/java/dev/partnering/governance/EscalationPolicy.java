package dev.partnering.governance;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * How long an issue may stay unresolved at each level before it escalates to the next higher
 * one. Level A (STRATEGIC) is the highest instance: its time is the deadline for a final decision.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EscalationPolicy {

    EscalationPolicy() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableEscalationPolicy.builder();
    }

    /** @return the time allowed per level, each positive */
    public abstract Map<GovernanceLevel, Duration> timeAllowed();

    /**
     * @param level  the level, not null
     * @return the time an issue may stay at that level, empty if the policy does not cover it
     */
    public Optional<Duration> timeAllowedAt(GovernanceLevel level) {
        return Optional.ofNullable(timeAllowed().get(level));
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("EscalationPolicy");
        attrs.requiredEntries("timeAllowed", timeAllowed());
        attrs.throwIfAny();
        Violations v = Violations.of("EscalationPolicy");
        v.require(!timeAllowed().isEmpty(), "timeAllowed", "{}",
                "the escalation policy must give the time allowed for at least one level");
        Map<GovernanceLevel, Duration> sorted = new EnumMap<>(GovernanceLevel.class);
        sorted.putAll(timeAllowed());
        sorted.forEach((level, d) -> v.require(!d.isNegative() && !d.isZero(), "timeAllowed." + level, d,
                "time allowed at level " + level.label() + " must be positive, was " + d));
        v.throwIfAny();
    }

    /**
     * A builder of {@link EscalationPolicy}: {@code putTimeAllowed(level, duration)} per level.
     * <p>
     * Obtained from {@link EscalationPolicy#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Put one entry to the {@link EscalationPolicy#timeAllowed() timeAllowed} map.
         * @param key The key in the timeAllowed map
         * @param value The associated value in the timeAllowed map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putTimeAllowed(GovernanceLevel key, Duration value);

        /**
         * Put one entry to the {@link EscalationPolicy#timeAllowed() timeAllowed} map. Nulls are not permitted
         * @param entry The key and value entry
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putTimeAllowed(Map.Entry<GovernanceLevel, ? extends Duration> entry);

        /**
         * Put all mappings from the specified map as entries to {@link EscalationPolicy#timeAllowed() timeAllowed} map. Nulls are not permitted
         * @param entries The entries that will be added to the timeAllowed map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllTimeAllowed(Map<GovernanceLevel, ? extends Duration> entries);


        /**
         * @return the EscalationPolicy, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        EscalationPolicy build();
    }
}
