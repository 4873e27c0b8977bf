package dev.partnering.governance.internal;

import dev.partnering.explanation.Explanation;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.internal.Secret;
import dev.partnering.period.ReportingPeriod;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reports of {@link GovernanceReport} from their parts, for {@link dev.partnering.evaluation.GovernanceCalculator},
 * which computes them in another package. Not part of the API: the package is not exported; users
 * obtain reports from the calculator. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceReports {

    private GovernanceReports() {
    }

    /**
     * Makes a report from its parts as the calculator computed them; they are not checked again. The
     * explanation is made once, from the finished report's figures.
     *
     * @param agreementId  the id of the agreement, not null
     * @param period  the period, not null
     * @param levels  the activity of each level in use, from A down, not null
     * @param resolved  the escalations resolved in the period, not negative
     * @param withinDeadline  the escalations resolved in the period without staying at any level too
     *        long, from 0 to {@code resolved}
     * @param explain  explains the report from its figures, not null; must not return null
     * @return the report, never null
     * @throws NullPointerException if a part is null
     */
    public static GovernanceReport of(String agreementId, ReportingPeriod period, List<LevelActivity> levels,
            int resolved, int withinDeadline, Function<GovernanceReport, Explanation> explain) {
        return (GovernanceReport) Secret.GOVERNANCE_REPORT.get().apply(new Object[] {agreementId, period, levels, resolved,
            withinDeadline, Objects.requireNonNull(explain, "explain")});
    }

    /**
     * Makes a report from its parts and a ready explanation (for tests and readers).
     *
     * @param agreementId  the id of the agreement, not null
     * @param period  the period, not null
     * @param levels  the activity of each level in use, from A down, not null
     * @param resolved  the escalations resolved in the period, not negative
     * @param withinDeadline  the escalations resolved in the period within their deadline
     * @param explanation  how the report was computed, not null
     * @return the report, never null
     */
    public static GovernanceReport of(String agreementId, ReportingPeriod period, List<LevelActivity> levels,
            int resolved, int withinDeadline, Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation");
        return of(agreementId, period, levels, resolved, withinDeadline, r -> explanation);
    }
}
