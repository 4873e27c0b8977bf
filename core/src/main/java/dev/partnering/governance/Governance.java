package dev.partnering.governance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.immutables.value.Value;

import dev.partnering.internal.Violations;

/**
 * The collaboration organisation of an agreement: the levels it uses, the roles at each level,
 * the forums that meet and the escalation policy.
 * <p>
 * Rules checked when built: two or three levels, always including STRATEGIC (A, the highest
 * instance); role and forum ids unique; every role and forum at a level in use; every forum
 * participant an existing role; every role's counterpart an existing role at the same level; the
 * escalation policy covering every level in use. Rules that need the parties (each role's party
 * exists, counterparts are on the other side) are checked by the agreement.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Governance {

    Governance() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableGovernance.builder();
    }

    /** @return the levels in use, two or three, always including STRATEGIC */
    public abstract Set<GovernanceLevel> levels();

    /** @return the roles of both sides, never null */
    public abstract List<Role> roles();

    /** @return the meeting forums, never null */
    public abstract List<Forum> forums();

    /** @return the escalation policy, never null */
    public abstract EscalationPolicy escalationPolicy();

    /** @return the levels in use from A down, never null */
    public List<GovernanceLevel> levelsInOrder() {
        // not EnumSet.copyOf(levels()): that fails on an empty set, which check() must report instead
        EnumSet<GovernanceLevel> sorted = EnumSet.noneOf(GovernanceLevel.class);
        sorted.addAll(levels());
        return List.copyOf(sorted);
    }

    /**
     * @param id  a role id, not null
     * @return the role with that id, if any
     */
    public Optional<Role> role(String id) {
        return roles().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * @param level  a level, not null
     * @return the roles at that level, in declaration order, never null
     */
    public List<Role> rolesAt(GovernanceLevel level) {
        return roles().stream().filter(r -> r.level() == level).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param level  a level, not null
     * @return the forums at that level, in declaration order, never null
     */
    public List<Forum> forumsAt(GovernanceLevel level) {
        return forums().stream().filter(f -> f.level() == level).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Governance");
        attrs.requiredAll("levels", levels());
        attrs.requiredAll("roles", roles());
        attrs.requiredAll("forums", forums());
        attrs.required("escalationPolicy", escalationPolicy());
        attrs.throwIfAny();
        Violations v = Violations.of("Governance");
        checkLevels(v);
        Map<String, Role> byId = new HashMap<>();
        for (int i = 0; i < roles().size(); i++) {
            Role r = roles().get(i);
            String path = "roles[" + i + "]";
            if (byId.putIfAbsent(r.id(), r) != null) {
                v.add(path + ".id", r.id(), "role id '" + r.id() + "' is used more than once");
            }
            v.require(levels().contains(r.level()), path + ".level", r.level(),
                    "role '" + r.id() + "' is at level " + r.level().label() + ", which the governance does not use");
        }
        for (int i = 0; i < roles().size(); i++) {
            checkCounterpart(v, "roles[" + i + "]", roles().get(i), byId);
        }
        checkForums(v, byId);
        for (GovernanceLevel level : levelsInOrder()) {
            v.require(escalationPolicy().timeAllowedAt(level).isPresent(), "escalationPolicy.timeAllowed", level,
                    "the escalation policy gives no time allowed for level " + level.label());
        }
        v.throwIfAny();
    }

    private void checkLevels(Violations v) {
        v.require(levels().size() >= 2, "levels", levels(),
                "governance needs two or three levels, was " + levels().size());
        v.require(levels().contains(GovernanceLevel.STRATEGIC), "levels", levels(),
                "governance must include level A (STRATEGIC), the highest escalation instance");
    }

    private static void checkCounterpart(Violations v, String path, Role r, Map<String, Role> byId) {
        if (r.counterpart().isEmpty()) {
            return; // reported by the agreement, which knows the sides
        }
        Role c = byId.get(r.counterpart().get());
        if (c == null) {
            v.add(path + ".counterpart", r.counterpart().get(),
                    "role '" + r.id() + "' names counterpart '" + r.counterpart().get() + "', which is not a role");
        } else if (c.level() != r.level()) {
            v.add(path + ".counterpart", c.id(), "role '" + r.id() + "' at level " + r.level().label()
                    + " names counterpart '" + c.id() + "' at level " + c.level().label() + "; mirrored roles share a level");
        }
    }

    private void checkForums(Violations v, Map<String, Role> roles) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < forums().size(); i++) {
            Forum f = forums().get(i);
            String path = "forums[" + i + "]";
            if (!ids.add(f.id())) {
                v.add(path + ".id", f.id(), "forum id '" + f.id() + "' is used more than once");
            }
            v.require(levels().contains(f.level()), path + ".level", f.level(),
                    "forum '" + f.id() + "' is at level " + f.level().label() + ", which the governance does not use");
            List<String> unknown = new ArrayList<>();
            for (String p : f.participants()) {
                if (!roles.containsKey(p)) {
                    unknown.add(p);
                }
            }
            v.require(unknown.isEmpty(), path + ".participants", unknown,
                    "forum '" + f.id() + "' lists participants that are not roles: " + unknown);
        }
    }

    /**
     * A builder of {@link Governance}; {@code escalationPolicy} and two or three levels are required.
     * <p>
     * Obtained from {@link Governance#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Adds one element to {@link Governance#levels() levels} set.
         * @param element A levels element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addLevels(GovernanceLevel element);

        /**
         * Adds elements to {@link Governance#levels() levels} set.
         * @param elements An array of levels elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addLevels(GovernanceLevel... elements);

        /**
         * Adds elements to {@link Governance#levels() levels} set.
         * @param elements An iterable of levels elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllLevels(Iterable<GovernanceLevel> elements);

        /**
         * Adds one element to {@link Governance#roles() roles} list.
         * @param element A roles element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addRoles(Role element);

        /**
         * Adds elements to {@link Governance#roles() roles} list.
         * @param elements An array of roles elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addRoles(Role... elements);

        /**
         * Adds elements to {@link Governance#roles() roles} list.
         * @param elements An iterable of roles elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllRoles(Iterable<? extends Role> elements);

        /**
         * Adds one element to {@link Governance#forums() forums} list.
         * @param element A forums element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addForums(Forum element);

        /**
         * Adds elements to {@link Governance#forums() forums} list.
         * @param elements An array of forums elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addForums(Forum... elements);

        /**
         * Adds elements to {@link Governance#forums() forums} list.
         * @param elements An iterable of forums elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllForums(Iterable<? extends Forum> elements);

        /**
         * Initializes the value for the {@link Governance#escalationPolicy() escalationPolicy} attribute.
         * @param escalationPolicy The value for escalationPolicy (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder escalationPolicy(EscalationPolicy escalationPolicy);


        /**
         * @return the Governance, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Governance build();
    }
}
