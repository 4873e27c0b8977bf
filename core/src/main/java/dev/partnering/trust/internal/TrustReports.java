package dev.partnering.trust.internal;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.Secret;
import dev.partnering.trust.Balance;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustTrend;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reports of {@link TrustReport} from their parts, re-validated: for the JSON module, which reads reports
 * back, and the core's calculators. Not part of the API: the package is exported to
 * {@code dev.partnering.jackson} only; users obtain reports from the SDK's calculators.
 * This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustReports {

    /** Makes a report from its parts, re-validated. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @see TrustReports#of
         * @return the report, never null
         */
        TrustReport of(LocalDate assessmentDate, LikertScale scale, TrustPolicy policy, int respondents,
            List<DimensionTrust> dimensions, TrustIndex index, TrustIndex customerIndex, TrustIndex supplierIndex,
            List<LevelTrust> levels, Balance balance, Optional<TrustTrend> trend,
            List<GroupScore.Suppressed> suppressed, Explanation explanation);
    }

    private static final Secret<Factory> FACTORY = new Secret<>(TrustReport.class);

    private TrustReports() {
    }

    /**
     * Called once, by {@link TrustReport}'s static initialiser.
     *
     * @param factory  the factory, not null
     */
    public static void install(Factory factory) {
        FACTORY.install(factory);
    }

    /**
     * Rebuilds a report from its parts, e.g. one read from JSON, checking every rule that can be
     * checked without the survey it was computed from:
     * <ul>
     * <li>the respondents are not negative;</li>
     * <li>the dimensions are unique, each weighted as the policy says;</li>
     * <li>every figure stands in its place: each dimension's overall, side and 360° figures, and per
     * side and level one figure per dimension, in the order of the dimensions; the sides and levels
     * are unique;</li>
     * <li>anonymity: every figure shown has at least the policy's minimum group size of respondents
     * (and no more than the survey), at least as many answers as respondents and a score from 0 to
     * 100; every suppressed figure names the policy's minimum group size; and the figures shown of a
     * dimension do not let a figure suppressed for having too few respondents be worked out by
     * subtraction (every combination of side, level and focus is assumed to have answers unless a
     * figure without answers covers it); every score has at most {@link TrustReport#DECIMALS} decimals. The
     * rule against bounds needs the answer counts of groups the report does not show, and whether a
     * trend compares groups that differ by fewer than the minimum needs the previous report: neither
     * is checked here; the calculator always keeps both;</li>
     * <li>the suppressed list holds exactly the suppressed figures of the parts, each once, in the
     * order of the figures (by dimension; both sides, then each side with its 360° views and its
     * levels from A down);</li>
     * <li>each trust index includes exactly the dimensions whose figure is shown, in order, and is
     * their weighted mean;</li>
     * <li>the balance follows from the perception gaps and the policy's threshold;</li>
     * <li>the trend's previous assessment is before this one, and each change names a trust index or
     * a dimension's overall or side figure once, whose current value is the figure this report
     * shows, and whose previous value is from 0 to 100;</li>
     * <li>once all that holds, the explanation is the one the figures give (it is written from the
     * figures alone, so that a suppressed figure cannot appear in it either).</li>
     * </ul>
     * A report computed by {@link dev.partnering.trust.TrustCalculator} always passes: {@code of} with its parts gives an
     * equal report.
     *
     * @param assessmentDate  the date of the assessment, not null
     * @param scale  the survey's answer scale, not null
     * @param policy  the policy the report was computed with, not null
     * @param respondents  the number of respondents of the survey, not negative
     * @param dimensions  the figures of each dimension, in survey order, not null
     * @param index  the overall trust index, not null
     * @param customerIndex  the customer side's trust index, not null
     * @param supplierIndex  the supplier side's trust index, not null
     * @param levels  the breakdown per side and level, not null
     * @param balance  whether the sides see the relationship alike, not null
     * @param trend  the trend against the previous assessment, not null (may be empty)
     * @param suppressed  every figure suppressed, with the reason, not null
     * @param explanation  how the report was computed, not null
     * @return the report, never null
     * @throws dev.partnering.ValidationException listing every violation (path, value and rule), if
     *         the parts break any of the rules above
     * @throws NullPointerException if a part is null
     */
    public static TrustReport of(LocalDate assessmentDate, LikertScale scale, TrustPolicy policy, int respondents,
            List<DimensionTrust> dimensions, TrustIndex index, TrustIndex customerIndex, TrustIndex supplierIndex,
            List<LevelTrust> levels, Balance balance, Optional<TrustTrend> trend,
            List<GroupScore.Suppressed> suppressed, Explanation explanation) {
        return FACTORY.get().of(assessmentDate, scale, policy, respondents, dimensions, index, customerIndex, supplierIndex, levels, balance, trend, suppressed, explanation);
    }
}
