package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure of one {@link TrustGroup} in a {@link TrustReport}: the mean of the group's
 * normalised answers, from 0 to 100, when it is {@link Shown}; otherwise {@link Suppressed} to
 * protect anonymity (with the reason) or {@link NoAnswers}. A suppressed figure carries no number
 * at all, not even its respondent count.
 * <p>
 * All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface GroupScore {

    /** @return the group the figure is about, never null */
    TrustGroup group();

    /** @return the score from 0 to 100 if shown, empty if suppressed or without answers */
    Optional<BigDecimal> score();

    /** @return true if the score is shown */
    default boolean isShown() {
        return this instanceof Shown;
    }

    /**
     * A figure that is shown.
     *
     * @param group  the group, not null
     * @param value  the mean of the group's normalised answers, in [0, 100], rounded once to
     *        {@link TrustReport#DECIMALS} decimals, not null
     * @param answers  the number of answers averaged, positive
     * @param respondents  the number of distinct respondents, at least the minimum group size
     */
    record Shown(TrustGroup group, BigDecimal value, int answers, int respondents) implements GroupScore {

        /**
         * Creates the value, checking that no component is null. A value with at most
         * {@link TrustReport#DECIMALS} decimals is kept with exactly that many, so that 75 and
         * 75.000000 are the same figure.
         *
         * @param group  the group, not null
         * @param value  the mean of the group's normalised answers, in [0, 100], not null
         * @param answers  the number of answers averaged, positive
         * @param respondents  the number of distinct respondents, at least the minimum group size
         */
        public Shown {
            Objects.requireNonNull(group, "group");
            value = TrustReport.canonical(Objects.requireNonNull(value, "value"));
        }

        @Override
        public Optional<BigDecimal> score() {
            return Optional.of(value);
        }
    }

    /**
     * A figure that is withheld to protect anonymity.
     *
     * @param group  the group, not null
     * @param reason  why, not null
     * @param minimumGroupSize  the minimum group size in force
     */
    record Suppressed(TrustGroup group, SuppressionReason reason, int minimumGroupSize) implements GroupScore {

        /**
         * Creates the value, checking that no component is null.
         *
         * @param group  the group, not null
         * @param reason  why, not null
         * @param minimumGroupSize  the minimum group size in force
         */
        public Suppressed {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<BigDecimal> score() {
            return Optional.empty();
        }

        /** @return e.g. {@code transparency, supplier side, level A: suppressed, fewer than 3 respondents} */
        public String explanation() {
            return group.label() + ": suppressed, " + reason.describe(minimumGroupSize);
        }
    }

    /**
     * A group nobody answered for.
     *
     * @param group  the group, not null
     */
    record NoAnswers(TrustGroup group) implements GroupScore {

        /**
         * Creates the value, checking that no component is null.
         *
         * @param group  the group, not null
         */
        public NoAnswers {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public Optional<BigDecimal> score() {
            return Optional.empty();
        }
    }
}
