package dev.partnering.trust;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;

/**
 * The breakdown of one side at one governance level: its score on each dimension and its trust
 * index over the dimensions shown.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param side  the side, not null
 * @param level  the level, not null
 * @param scores  one figure per dimension of the survey, in survey order, not null
 * @param index  the trust index of this side at this level, not null
 * @since 0.1.0
 */
public record LevelTrust(PartyKind side, GovernanceLevel level, List<GroupScore> scores, TrustIndex index) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param side  the side, not null
     * @param level  the level, not null
     * @param scores  one figure per dimension of the survey, in survey order, not null
     * @param index  the trust index of this side at this level, not null
     */
    public LevelTrust {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(level, "level");
        scores = List.copyOf(scores);
        Objects.requireNonNull(index, "index");
    }

    /**
     * @param dimension  a dimension, not null
     * @return the figure of that dimension, empty if the survey does not ask about it
     */
    public Optional<GroupScore> score(TrustDimension dimension) {
        return scores.stream().filter(s -> s.group().dimension().equals(dimension)).findFirst();
    }
}
