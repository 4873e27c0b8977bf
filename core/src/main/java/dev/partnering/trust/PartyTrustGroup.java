package dev.partnering.trust;

import java.util.Objects;
import java.util.Optional;

import dev.partnering.governance.GovernanceLevel;

/**
 * The answers behind one figure of a {@link PartyTrustReport}, on one dimension: those of one
 * party's respondents ({@link #party(TrustDimension, String)}), of one party's respondents at one
 * level ({@link #level}), of one party's respondents about one party ({@link #pair}, e.g. a supplier
 * about another supplier: the "one room" view), or of everyone about one party ({@link #about}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dimension  the dimension, not null
 * @param party  the id of the respondents' party, empty for every respondent
 * @param level  the level whose answers count, empty for all
 * @param about  the id of the party the answers are about, empty for every answer
 * @since 0.1.0
 */
public record PartyTrustGroup(TrustDimension dimension, Optional<String> party, Optional<GovernanceLevel> level,
        Optional<String> about) {

    /**
     * Creates the value, checking that no component is null.
     *
     * @param dimension  the dimension, not null
     * @param party  the id of the respondents' party, empty for every respondent
     * @param level  the level whose answers count, empty for all
     * @param about  the id of the party the answers are about, empty for every answer
     */
    public PartyTrustGroup {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(about, "about");
    }

    /**
     * @param dimension  the dimension, not null
     * @param party  the respondents' party id, not null
     * @return every answer on the dimension of the party's respondents, whatever it is about, never null
     */
    public static PartyTrustGroup party(TrustDimension dimension, String party) {
        return new PartyTrustGroup(dimension, Optional.of(party), Optional.empty(), Optional.empty());
    }

    /**
     * @param dimension  the dimension, not null
     * @param party  the respondents' party id, not null
     * @param level  the level, not null
     * @return the answers on the dimension of the party's respondents at the level, never null
     */
    public static PartyTrustGroup level(TrustDimension dimension, String party, GovernanceLevel level) {
        return new PartyTrustGroup(dimension, Optional.of(party), Optional.of(level), Optional.empty());
    }

    /**
     * @param dimension  the dimension, not null
     * @param party  the respondents' party id, not null
     * @param about  the id of the party the answers are about, not null; may equal {@code party}
     * @return the answers on the dimension of the party's respondents about the other party, never null
     */
    public static PartyTrustGroup pair(TrustDimension dimension, String party, String about) {
        return new PartyTrustGroup(dimension, Optional.of(party), Optional.empty(), Optional.of(about));
    }

    /**
     * @param dimension  the dimension, not null
     * @param about  the id of the party the answers are about, not null
     * @return every answer on the dimension about the party, whoever gave it, never null
     */
    public static PartyTrustGroup about(TrustDimension dimension, String about) {
        return new PartyTrustGroup(dimension, Optional.empty(), Optional.empty(), Optional.of(about));
    }

    /**
     * @return the group in words, e.g. {@code honesty, s-network}, {@code honesty, s-network, level B},
     *         {@code honesty, s-network about s-servers} or {@code honesty, everyone about s-servers}; never null
     */
    public String label() {
        StringBuilder sb = new StringBuilder(dimension.id()).append(", ").append(party.orElse("everyone"));
        level.ifPresent(l -> sb.append(", level ").append(l.letter()));
        about.ifPresent(a -> sb.append(" about ").append(a));
        return sb.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
