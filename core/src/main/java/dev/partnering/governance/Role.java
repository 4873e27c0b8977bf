package dev.partnering.governance;

import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * A role in the collaboration organisation, held on behalf of one party at one level, with its
 * mandate. Roles are mirrored: every role names its {@link #counterpart()} on the other side,
 * at the same level, with the same mandate and responsibility (checked by the agreement).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Role {

    Role() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableRole.builder();
    }

    /** @return the id, unique within the agreement */
    public abstract String id();

    /** @return the title, e.g. "Contract manager", never blank */
    public abstract String title();

    /** @return the id of the party this role acts for */
    public abstract String party();

    /** @return the governance level, never null */
    public abstract GovernanceLevel level();

    /** @return what the role decides and answers for, never blank */
    public abstract String mandate();

    /** @return the id of the mirrored role on the other side; required by the agreement's check */
    public abstract Optional<String> counterpart();

    /** @return the name of the person holding the role, if staffed */
    public abstract Optional<String> holder();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Role");
        attrs.required("id", id());
        attrs.required("title", title());
        attrs.required("party", party());
        attrs.required("level", level());
        attrs.required("mandate", mandate());
        attrs.throwIfAny();
        Violations v = Violations.of("Role '" + id() + "'");
        Ids.check(v, "id", id(), "role");
        Ids.check(v, "party", party(), "party");
        counterpart().ifPresent(c -> Ids.check(v, "counterpart", c, "counterpart role"));
        holder().ifPresent(h -> v.require(!h.isBlank(), "holder", h, "role '" + id() + "': holder must not be blank when given"));
        v.require(!title().isBlank(), "title", title(), "role '" + id() + "': title must not be blank");
        v.require(!mandate().isBlank(), "mandate", mandate(), "role '" + id() + "': mandate must not be blank");
        v.require(!counterpart().equals(Optional.of(id())), "counterpart", id(),
                "role '" + id() + "' cannot be its own counterpart");
        v.throwIfAny();
    }

    /**
     * A builder of {@link Role}; all attributes but {@code counterpart} and {@code holder} are required.
     * <p>
     * Obtained from {@link Role#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Role#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link Role#title() title} attribute.
         * @param title The value for title (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder title(String title);

        /**
         * Initializes the value for the {@link Role#party() party} attribute.
         * @param party The value for party (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder party(String party);

        /**
         * Initializes the value for the {@link Role#level() level} attribute.
         * @param level The value for level (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder level(GovernanceLevel level);

        /**
         * Initializes the value for the {@link Role#mandate() mandate} attribute.
         * @param mandate The value for mandate (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder mandate(String mandate);

        /**
         * Initializes the optional value {@link Role#counterpart() counterpart} to counterpart.
         * @param counterpart The value for counterpart
         * @return {@code this} builder for chained invocation
         */
        Builder counterpart(String counterpart);

        /**
         * Initializes the optional value {@link Role#counterpart() counterpart} to counterpart.
         * @param counterpart The value for counterpart
         * @return {@code this} builder for use in a chained invocation
         */
        Builder counterpart(Optional<String> counterpart);

        /**
         * Initializes the optional value {@link Role#holder() holder} to holder.
         * @param holder The value for holder
         * @return {@code this} builder for chained invocation
         */
        Builder holder(String holder);

        /**
         * Initializes the optional value {@link Role#holder() holder} to holder.
         * @param holder The value for holder
         * @return {@code this} builder for use in a chained invocation
         */
        Builder holder(Optional<String> holder);


        /**
         * @return the Role, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Role build();
    }
}
