package dev.partnering.governance;

import java.util.List;

import org.immutables.value.Value;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * A structured meeting forum at one level, meeting at a {@link Cadence}, with the roles that take
 * part. For example the level-B "Delivery board", monthly, with both sides' delivery managers.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Forum {

    Forum() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableForum.builder();
    }

    /** @return the id, unique within the agreement */
    public abstract String id();

    /** @return the name, e.g. "Steering group", never blank */
    public abstract String name();

    /** @return the level the forum works at, never null */
    public abstract GovernanceLevel level();

    /** @return how often it meets, never null */
    public abstract Cadence cadence();

    /** @return the ids of the participating roles, at least one, no duplicates */
    public abstract List<String> participants();

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Forum");
        attrs.required("id", id());
        attrs.required("name", name());
        attrs.required("level", level());
        attrs.required("cadence", cadence());
        attrs.requiredAll("participants", participants());
        attrs.throwIfAny();
        Violations v = Violations.of("Forum '" + id() + "'");
        Ids.check(v, "id", id(), "forum");
        v.require(!name().isBlank(), "name", name(), "forum '" + id() + "': name must not be blank");
        v.require(!participants().isEmpty(), "participants", participants(),
                "forum '" + id() + "' needs at least one participating role");
        v.require(participants().stream().distinct().count() == participants().size(), "participants",
                participants(), "forum '" + id() + "' lists a role more than once: " + participants());
        v.throwIfAny();
    }

    /**
     * A builder of {@link Forum}; every attribute is required and at least one participant.
     * <p>
     * Obtained from {@link Forum#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Forum#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link Forum#name() name} attribute.
         * @param name The value for name (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder name(String name);

        /**
         * Initializes the value for the {@link Forum#level() level} attribute.
         * @param level The value for level (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder level(GovernanceLevel level);

        /**
         * Initializes the value for the {@link Forum#cadence() cadence} attribute.
         * @param cadence The value for cadence (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder cadence(Cadence cadence);

        /**
         * Adds one element to {@link Forum#participants() participants} list.
         * @param element A participants element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addParticipants(String element);

        /**
         * Adds elements to {@link Forum#participants() participants} list.
         * @param elements An array of participants elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addParticipants(String... elements);

        /**
         * Adds elements to {@link Forum#participants() participants} list.
         * @param elements An iterable of participants elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllParticipants(Iterable<String> elements);


        /**
         * @return the Forum, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Forum build();
    }
}
