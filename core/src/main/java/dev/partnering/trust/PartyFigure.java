package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure of one {@link PartyTrustGroup} in a {@link PartyTrustReport}: the mean of the group's
 * normalised answers, from 0 to 100, when shown; otherwise the reason it is suppressed. A figure
 * carries no respondent or answer count, shown or not.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param group  the group, not null
 * @param score  the mean of the group's normalised answers in [0, 100], rounded once to
 *        {@link TrustReport#DECIMALS} decimals, present exactly when shown
 * @param suppression  why the figure is withheld, present exactly when not shown
 * @since 0.1.0
 */
public record PartyFigure(PartyTrustGroup group, Optional<BigDecimal> score, Optional<SuppressionReason> suppression) {

    /**
     * Creates the value, checking that exactly one of score and suppression is present.
     *
     * @param group  the group, not null
     * @param score  the score, present exactly when shown
     * @param suppression  the reason, present exactly when not shown
     */
    public PartyFigure {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(suppression, "suppression");
        if (score.isPresent() == suppression.isPresent()) {
            throw new IllegalArgumentException("a party figure has either a score or a suppression reason: " + group);
        }
        score = score.map(TrustReport::canonical);
    }

    /** @return true if the score is shown */
    public boolean isShown() {
        return score.isPresent();
    }

    /**
     * @param minimumGroupSize  the minimum group size in force
     * @return e.g. {@code honesty, s-network: 71.428571} or
     *         {@code honesty, s-network, level A: suppressed, fewer than 3 respondents}; never null
     */
    public String describe(int minimumGroupSize) {
        return group.label() + ": " + score.map(s -> s.toPlainString())
                .orElseGet(() -> "suppressed, " + suppression.orElseThrow().describe(minimumGroupSize));
    }
}
