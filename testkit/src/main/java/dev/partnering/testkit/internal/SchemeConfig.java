package dev.partnering.testkit.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;

/**
 * What incentive schemes may be generated: which component kinds (any mix by default, or exactly
 * the ones given), whether a net floor and cap appear, and whether every component is neutral at
 * target.
 *
 * @param kinds  exactly these component kinds, or any mix if empty
 * @param floorAndCap  whether a net floor and cap appear
 * @param neutral  true if performance exactly at target gives every component zero
 * @param earnBack  true if every at-risk pool earns credits back
 */
record SchemeConfig(Optional<Set<Class<?>>> kinds, Presence floorAndCap, boolean neutral, boolean earnBack) {

    /** The built-in component kinds, in the order a generated scheme lists them. */
    static final List<Class<?>> KINDS = List.of(GainShare.class, AtRiskPool.class, ServiceCreditTiers.class,
            BonusMalusCurve.class, Penalty.class);

    /** Whether an optional part appears. */
    enum Presence {
        /** Sometimes. */
        ANY,
        /** Always. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    static SchemeConfig standard() {
        return new SchemeConfig(Optional.empty(), Presence.ANY, false, false);
    }

    SchemeConfig withKinds(Class<?>... kinds) {
        Checks.require(kinds.length > 0, "withComponents() needs at least one component kind");
        for (Class<?> k : kinds) {
            Checks.require(KINDS.contains(k), "withComponents(): " + k.getName() + " is not a built-in component kind; choose from "
                    + KINDS.stream().map(Class::getSimpleName).toList());
        }
        return new SchemeConfig(Optional.of(Set.of(kinds)), floorAndCap, neutral, earnBack);
    }

    SchemeConfig withFloorAndCap(Presence presence) {
        return new SchemeConfig(kinds, presence, neutral, earnBack);
    }

    SchemeConfig withNeutral() {
        return new SchemeConfig(kinds, floorAndCap, true, earnBack);
    }

    SchemeConfig withEarnBack() {
        return new SchemeConfig(kinds, floorAndCap, neutral, true);
    }

    /** @return true if the kind may appear */
    boolean allows(Class<?> kind) {
        return kinds.map(k -> k.contains(kind)).orElse(true);
    }

    /** @return true if the kind always appears */
    boolean requires(Class<?> kind) {
        return kinds.map(k -> k.contains(kind)).orElse(false);
    }
}
