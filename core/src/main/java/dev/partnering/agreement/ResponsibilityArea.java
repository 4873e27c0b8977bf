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
        return ImmutableResponsibilityArea.builder();
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

    /**
     * A builder of {@link ResponsibilityArea}; id, name and owner are required.
     * <p>
     * Obtained from {@link ResponsibilityArea#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link ResponsibilityArea#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link ResponsibilityArea#name() name} attribute.
         * @param name The value for name (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder name(String name);

        /**
         * Initializes the value for the {@link ResponsibilityArea#owner() owner} attribute.
         * @param owner The value for owner (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder owner(String owner);

        /**
         * Initializes the optional value {@link ResponsibilityArea#description() description} to description.
         * @param description The value for description
         * @return {@code this} builder for chained invocation
         */
        Builder description(String description);

        /**
         * Initializes the optional value {@link ResponsibilityArea#description() description} to description.
         * @param description The value for description
         * @return {@code this} builder for use in a chained invocation
         */
        Builder description(Optional<String> description);


        /**
         * @return the ResponsibilityArea, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        ResponsibilityArea build();
    }
}
