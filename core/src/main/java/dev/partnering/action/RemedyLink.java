package dev.partnering.action;

import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;

/**
 * The remedy finding an action answers: the remedy that fired and the period it fired in, e.g. a
 * remediation plan after {@code STEP_IN} was triggered in 2026-03.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param remedy  the remedy, not null
 * @param period  the period the finding is for, not null
 * @since 0.1.0
 */
public record RemedyLink(Remedy remedy, ReportingPeriod period) {

    /**
     * Creates the value, checking for nulls.
     *
     * @param remedy  the remedy, not null
     * @param period  the period, not null
     * @throws dev.partnering.ValidationException naming a missing component
     */
    public RemedyLink {
        Violations.requirePresent("RemedyLink", "remedy", remedy, "period", period);
    }

    /**
     * @param finding  a remedy finding, not null
     * @return the link to it, never null
     */
    public static RemedyLink to(RemedyFinding finding) {
        return new RemedyLink(finding.remedy(), finding.period());
    }

    /**
     * @param finding  a remedy finding, not null
     * @return true if this link names the finding's remedy and period
     */
    public boolean matches(RemedyFinding finding) {
        return remedy == finding.remedy() && period.equals(finding.period());
    }

    /** @return e.g. {@code STEP_IN 2026-03} */
    @Override
    public String toString() {
        return remedy + " " + period;
    }
}
