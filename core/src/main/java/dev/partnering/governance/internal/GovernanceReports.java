package dev.partnering.governance.internal;

import dev.partnering.explanation.Explanation;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.internal.Secret;
import dev.partnering.period.ReportingPeriod;
import java.util.List;

/**
 * Reports of {@link GovernanceReport} from their parts, for {@link dev.partnering.evaluation.GovernanceCalculator},
 * which computes them in another package. Not part of the API: the package is not exported; users
 * obtain reports from the calculator. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceReports {

    /** Makes a report from its parts. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @see GovernanceReports#of
         * @return the report, never null
         */
        GovernanceReport of(String agreementId, ReportingPeriod period, List<LevelActivity> levels,
            int resolved, int withinDeadline, Explanation explanation);
    }

    private static final Secret<Factory> FACTORY = new Secret<>(GovernanceReport.class);

    private GovernanceReports() {
    }

    /**
     * Called once, by {@link GovernanceReport}'s static initialiser.
     *
     * @param factory  the factory, not null
     */
    public static void install(Factory factory) {
        FACTORY.install(factory);
    }

    /**
     * Makes a report from its parts as the calculator computed them; they are not checked again.
     *
     * @param agreementId  the id of the agreement, not null
     * @param period  the period, not null
     * @param levels  the activity of each level in use, from A down, not null
     * @param resolved  the escalations resolved in the period, not negative
     * @param withinDeadline  the escalations resolved in the period without staying at any level too
     *        long, from 0 to {@code resolved}
     * @param explanation  how the report was computed, not null
     * @return the report, never null
     * @throws NullPointerException if a part is null
     */
    public static GovernanceReport of(String agreementId, ReportingPeriod period, List<LevelActivity> levels,
            int resolved, int withinDeadline, Explanation explanation) {
        return FACTORY.get().of(agreementId, period, levels, resolved, withinDeadline, explanation);
    }
}
