package dev.partnering.agreement;

import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * An area of responsibility, e.g. "Server operations", owned by exactly one party of the
 * agreement.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ResponsibilityArea {

    ResponsibilityArea() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param id  the id, unique within the agreement
     * @param name  the name, not blank
     * @param owner  the id of the owning party
     * @return the area, never null
     */
    public static ResponsibilityArea of(String id, String name, String owner) {
        return builder().id(id).name(name).owner(owner).build();
    }

    /** @return the id, unique within the agreement */
    public abstract String id();

    /** @return the name, never blank */
    public abstract String name();

    /** @return the id of the one party that owns the area */
    public abstract String owner();

    /** @return what the area covers, if described */
    public abstract Optional<String> description();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("ResponsibilityArea");
        attrs.required("id", id());
        attrs.required("name", name());
        attrs.required("owner", owner());
        attrs.throwIfAny();
        Violations v = Violations.of("ResponsibilityArea '" + id() + "'");
        Ids.check(v, "id", id(), "responsibility area");
        Ids.check(v, "owner", owner(), "owner party");
        v.require(!name().isBlank(), "name", name(), "responsibility area '" + id() + "': name must not be blank");
        v.throwIfAny();
    }

    /** A builder of {@link ResponsibilityArea}; id, name and owner are required. */
    public static final class Builder extends ImmutableResponsibilityArea.Builder {
        Builder() {
        }
    }
}
