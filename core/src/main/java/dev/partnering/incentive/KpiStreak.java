package dev.partnering.incentive;

import dev.partnering.ValidationException;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.scorecard.KpiStatus;

/**
 * A consecutive-period counter carried in by an {@link OpeningBalance}: the KPI had this status in
 * each of the last {@code periods} periods before the first period the SDK computes, e.g. "availability
 * below its minimum in the last 2 months" (a remedy trigger "below minimum for 3 consecutive periods"
 * then fires on the first month below the minimum) or "met its target in the last month" (earn-back).
 * <p>
 * The period before the streak is not known to have had the status. This class is immutable and
 * thread-safe.
 *
 * @param kpiId  the KPI
 * @param status  the status in each period of the streak
 * @param periods  how many periods, at least 1
 * @since 0.1.0
 */
public record KpiStreak(String kpiId, KpiStatus status, int periods) {

    /**
     * @throws ValidationException if a part is missing, the id is invalid or periods is below 1
     *
     * @param kpiId the KPI
     * @param status the status in each period of the streak
     * @param periods how many periods, at least 1
     */
    public KpiStreak {
        Violations v = Violations.of("KpiStreak");
        v.required("kpiId", kpiId);
        v.required("status", status);
        v.throwIfAny();
        Ids.check(v, "kpiId", kpiId, "kpi");
        v.require(periods >= 1, "periods", periods, () -> "streak of '" + kpiId + "' " + status + " for " + periods
                + " periods: a streak has at least 1 period");
        v.throwIfAny();
    }

    /**
     * @param kpiId  the KPI, not null
     * @param status  the status in each period of the streak, not null
     * @param periods  how many periods, at least 1
     * @return the streak, never null
     * @throws ValidationException if a part is invalid
     */
    public static KpiStreak of(String kpiId, KpiStatus status, int periods) {
        return new KpiStreak(kpiId, status, periods);
    }
}
