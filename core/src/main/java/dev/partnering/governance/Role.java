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
        return new Builder();
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

    /** A builder of {@link Role}; all attributes but {@code counterpart} and {@code holder} are required. */
    public static final class Builder extends ImmutableRole.Builder {
        Builder() {
        }
    }
}
