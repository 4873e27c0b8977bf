package dev.partnering.health;

import java.util.Optional;

import dev.partnering.internal.Violations;

/**
 * One reason in a {@link HealthReport}: why the relationship is not greener, or what to look at,
 * e.g. {@code trust perception gap on transparency 22 > 15}, {@code level B forum not held since
 * 2026-01} or {@code 2 escalations overdue at level C}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param pillar  the pillar the reason belongs to, empty for the combined score
 * @param text  the reason in words, not null
 * @since 0.1.0
 */
public record HealthReason(Optional<Pillar> pillar, String text) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param pillar  the pillar the reason belongs to, empty for the combined score
     * @param text  the reason in words, not null
     * @throws dev.partnering.ValidationException naming each component that is null
     */
    public HealthReason {
        Violations.requirePresent("HealthReason", "pillar", pillar, "text", text);
    }

    /**
     * @param pillar  the pillar, not null
     * @param text  the reason, not null
     * @return the reason, never null
     */
    public static HealthReason of(Pillar pillar, String text) {
        return new HealthReason(Optional.of(pillar), text);
    }

    @Override
    public String toString() {
        return text;
    }
}
