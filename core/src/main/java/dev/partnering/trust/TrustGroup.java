package dev.partnering.trust;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;

/**
 * The respondents and answers behind one figure of a {@link TrustReport}: the answers on one
 * dimension, from both sides or one side, from all levels or one level, about anything or with
 * one {@link Focus}.
 * <p>
 * The figures of a report are the answers of: both sides ({@link #overall}); one side
 * ({@link #side}); one side at one level ({@link #level}); one side about itself or about its
 * partner ({@link #view}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dimension  the dimension, not null
 * @param side  the side whose answers count, empty for both
 * @param level  the level whose answers count, empty for all
 * @param focus  the focus of the answers that count, empty for every focus
 * @since 0.1.0
 */
public record TrustGroup(TrustDimension dimension, Optional<PartyKind> side, Optional<GovernanceLevel> level,
        Optional<Focus> focus) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param dimension  the dimension, not null
     * @param side  the side whose answers count, empty for both
     * @param level  the level whose answers count, empty for all
     * @param focus  the focus of the answers that count, empty for every focus
     */
    public TrustGroup {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(focus, "focus");
    }

    /**
     * @param dimension  the dimension, not null
     * @return every answer on the dimension, never null
     */
    public static TrustGroup overall(TrustDimension dimension) {
        return new TrustGroup(dimension, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param dimension  the dimension, not null
     * @param side  the side, not null
     * @return the side's answers on the dimension, never null
     */
    public static TrustGroup side(TrustDimension dimension, PartyKind side) {
        return new TrustGroup(dimension, Optional.of(side), Optional.empty(), Optional.empty());
    }

    /**
     * @param dimension  the dimension, not null
     * @param side  the side, not null
     * @param level  the level, not null
     * @return the answers on the dimension of the side's respondents at the level, never null
     */
    public static TrustGroup level(TrustDimension dimension, PartyKind side, GovernanceLevel level) {
        return new TrustGroup(dimension, Optional.of(side), Optional.of(level), Optional.empty());
    }

    /**
     * @param dimension  the dimension, not null
     * @param side  the side that answers, not null
     * @param focus  OWN_SIDE or PARTNER_SIDE, not null
     * @return the side's answers on the dimension about itself or about its partner, never null
     */
    public static TrustGroup view(TrustDimension dimension, PartyKind side, Focus focus) {
        return new TrustGroup(dimension, Optional.of(side), Optional.empty(), Optional.of(focus));
    }

    /**
     * @return the group in words, e.g. {@code transparency, supplier side, level B} or
     *         {@code honesty, customer side about the supplier side}; never null
     */
    public String label() {
        StringBuilder sb = new StringBuilder(dimension.id());
        if (side.isEmpty()) {
            return sb.append(", both sides").toString();
        }
        sb.append(", ").append(sideName(side.get())).append(" side");
        level.ifPresent(l -> sb.append(", level ").append(l.letter()));
        focus.ifPresent(f -> sb.append(describe(f, side.get())));
        return sb.toString();
    }

    private static String describe(Focus focus, PartyKind side) {
        switch (focus) {
            case OWN_SIDE:
                return " about itself";
            case PARTNER_SIDE:
                return " about the " + sideName(side.other()) + " side";
            default:
                return " about the relationship";
        }
    }

    static String sideName(PartyKind side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
