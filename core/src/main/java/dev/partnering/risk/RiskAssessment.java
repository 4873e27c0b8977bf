package dev.partnering.risk;

import java.util.List;
import java.util.Objects;

import dev.partnering.action.RegisteredAction;

/**
 * One risk as a {@link RiskReview} found it on its day: the score, whether it is high, whether its
 * review is overdue, and its mitigations: the actions naming it that were agreed by the day and not
 * cancelled by it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param risk  the risk
 * @param high  true if its score is the register's {@code highFrom} or more
 * @param unreviewed  true if it is open and its review day has passed
 * @param mitigations  the mitigation actions, open or done on the day
 * @since 0.1.0
 */
public record RiskAssessment(Risk risk, boolean high, boolean unreviewed, List<RegisteredAction> mitigations) {

    /**
     * Copies the list; checks for nulls.
     *
     * @param risk  the risk, not null
     * @param high  whether it is high
     * @param unreviewed  whether its review is overdue
     * @param mitigations  its mitigations, not null
     */
    public RiskAssessment {
        Objects.requireNonNull(risk, "risk");
        mitigations = List.copyOf(mitigations);
    }

    /** @return the risk's score, likelihood × impact */
    public int score() {
        return risk.score();
    }

    /** @return true if the risk is open, high and has no mitigation */
    public boolean isUnmitigatedHigh() {
        return risk.status() == RiskStatus.OPEN && high && mitigations.isEmpty();
    }
}
