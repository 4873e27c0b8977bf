package dev.partnering.outcome;

import java.math.BigDecimal;

import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;

/**
 * One KPI measuring a desired outcome, with the weight of its contribution among the outcome's
 * KPIs. The progress of an outcome is the weighted mean of its KPIs' attainments.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kpiId  the id of the KPI, a valid id, not null
 * @param weight  the contribution weight, greater than 0, not null
 * @since 0.1.0
 */
public record KpiContribution(String kpiId, BigDecimal weight) {

    /**
     * Creates the value, checking it.
     *
     * @param kpiId  the id of the KPI, not null
     * @param weight  the contribution weight, greater than 0, not null
     * @throws dev.partnering.ValidationException naming every problem
     */
    public KpiContribution {
        Violations.requirePresent("KpiContribution", "kpiId", kpiId, "weight", weight);
        Violations v = Violations.of("KpiContribution '" + kpiId + "'");
        Ids.check(v, "kpiId", kpiId, "KPI");
        String id = kpiId;
        BigDecimal w = weight;
        v.require(weight.signum() > 0, "weight", weight.toPlainString(),
                () -> "the contribution weight of KPI '" + id + "' " + w.toPlainString() + " must be greater than 0");
        v.throwIfAny();
    }

    /**
     * @param kpiId  the id of the KPI, not null
     * @param weight  the contribution weight, greater than 0, not null
     * @return the contribution, never null
     */
    public static KpiContribution of(String kpiId, BigDecimal weight) {
        return new KpiContribution(kpiId, weight);
    }
}
