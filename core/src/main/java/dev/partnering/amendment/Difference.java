package dev.partnering.amendment;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of an agreement: what differs, and its value before and
 * after. A thing added has no value before; a thing removed none after.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param subject  what differs, e.g. {@code kpi 'incident-response' target}, not null
 * @param before  the value in the earlier version, empty if the thing was added, not null
 * @param after  the value in the later version, empty if the thing was removed, not null
 * @since 0.1.0
 */
public record Difference(String subject, Optional<String> before, Optional<String> after) {

    /**
     * Creates a difference.
     *
     * @param subject  what differs, not null
     * @param before  the value before, not null
     * @param after  the value after, not null
     */
    public Difference {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    static Difference changed(String subject, String before, String after) {
        return new Difference(subject, Optional.of(before), Optional.of(after));
    }

    static Difference added(String subject, String after) {
        return new Difference(subject, Optional.empty(), Optional.of(after));
    }

    static Difference removed(String subject, String before) {
        return new Difference(subject, Optional.of(before), Optional.empty());
    }

    /**
     * @return e.g. {@code kpi 'incident-response' target: 95 → 96}, {@code goal added: …} or
     *         {@code party 'x' removed: …}
     */
    @Override
    public String toString() {
        if (before.isPresent() && after.isPresent()) {
            return subject + ": " + before.get() + " → " + after.get();
        }
        return after.map(a -> subject + " added: " + a).orElseGet(() -> subject + " removed: " + before.orElse(""));
    }
}
