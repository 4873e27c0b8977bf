package dev.partnering.lifecycle;

import java.util.Objects;

import dev.partnering.Violation;

/**
 * One gap found by a readiness check: the requirement it fails, where in the agreement or plan
 * ({@code governance.roles[3].holder}) and what is missing, in the domain's words.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param requirement  the requirement not met, not null
 * @param path  the path of the property concerned, not null, empty for the value as a whole
 * @param message  what is missing, naming the thing, not null
 * @since 0.1.0
 */
public record ReadinessGap(ReadinessRequirement requirement, String path, String message) {

    /**
     * Creates a gap.
     *
     * @param requirement  the requirement, not null
     * @param path  the path, not null
     * @param message  the message, not null
     */
    public ReadinessGap {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return the gap as a violation, for the exception a blocked transition throws; never null */
    public Violation toViolation() {
        return Violation.of(path, null, message);
    }

    /** @return {@code path: message} */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
