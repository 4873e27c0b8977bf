package dev.partnering.governance.internal;

import dev.partnering.explanation.Explanation;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.LevelActivity;
import dev.partnering.internal.Secret;
import dev.partnering.period.ReportingPeriod;
import java.util.List;

/**
 * Reports of {@link GovernanceReport} from their parts, re-validated: for the JSON module, which reads reports
 * back, and the core's calculators. Not part of the API: the package is exported to
 * {@code dev.partnering.jackson} only; users obtain reports from the SDK's calculators.
 * This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceReports {

    /** Makes a report from its parts, re-validated. */
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
     * Rebuilds a report from its parts, e.g. one read from JSON, checking every rule that can be
     * checked without the agreement and the records it was computed from:
     * <ul>
     * <li>no count is negative: escalations resolved and within deadline; per level the meetings
     * held without both sides, the attendance, the escalations raised, resolved, resolved where
     * raised and raised here and resolved; per forum the meetings scheduled, held and cancelled;</li>
     * <li>the escalations within deadline are at most those resolved (an open escalation is never
     * within its deadline), so the within-deadline share, of those resolved and those overdue, is
     * from 0 to 1; per level those resolved where raised are at most those raised there and
     * resolved, so that share is from 0 to 1 too (the held share is from 0 to 1 by definition);</li>
     * <li>the escalations resolved are the sum of those resolved at each level, and the sum of those
     * raised at each level and resolved;</li>
     * <li>the levels are unique and listed from A down; each forum is listed once, at its own level;
     * no forum met after the end of the period; a level last met when its forums last met; a level
     * held no more meetings without both sides than its forums held;</li>
     * <li>a level has a mean time to resolve, not negative, exactly when it resolved an
     * escalation;</li>
     * <li>an overdue escalation is listed once, at its level; it is open at the end of the period,
     * at the level and since the day its record gives, for the whole days from then to the end of
     * the period, which are longer than the time allowed.</li>
     * </ul>
     * A report computed by {@link dev.partnering.evaluation.GovernanceCalculator} always passes: {@code of} with its parts
     * gives an equal report. The explanation is taken as it is: it describes the agreement and the
     * records, which the report does not hold.
     *
     * @param agreementId  the id of the agreement, not null
     * @param period  the period, not null
     * @param levels  the activity of each level in use, from A down, not null
     * @param resolved  the escalations resolved in the period, not negative
     * @param withinDeadline  the escalations resolved in the period without staying at any level too
     *        long, from 0 to {@code resolved}
     * @param explanation  how the report was computed, not null
     * @return the report, never null
     * @throws dev.partnering.ValidationException listing every violation (path, value and rule), if
     *         the parts break any of the rules above
     * @throws NullPointerException if a part is null
     */
    public static GovernanceReport of(String agreementId, ReportingPeriod period, List<LevelActivity> levels,
            int resolved, int withinDeadline, Explanation explanation) {
        return FACTORY.get().of(agreementId, period, levels, resolved, withinDeadline, explanation);
    }
}
