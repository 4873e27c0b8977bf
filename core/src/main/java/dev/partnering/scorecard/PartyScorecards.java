package dev.partnering.scorecard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.period.ReportingPeriod;

/**
 * The scorecards of one period per party, all cut from one scorecard of the whole agreement: each
 * supplier's (the KPIs it answers for alone), the joint one (the KPIs the suppliers answer for
 * jointly), the customer side's (its own obligations) and the whole. A KPI's line is the same
 * line in the whole and in the one party scorecard that holds it; each partial score is
 * Σ wᵢ·aᵢ / Σ wᵢ over its own counted lines, rounded once to the agreement's score decimals, and is
 * undefined when it counts no line.
 * <p>
 * The {@linkplain #explanation() explanation} says which KPIs each scorecard holds and why (the
 * accountability named on the KPI version in force, or implied).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param period  the period, not null
 * @param whole  the scorecard of every KPI of the agreement, not null
 * @param suppliers  each supplier's own scorecard by supplier id, in the agreement's order, not null
 * @param joint  the scorecard of the joint KPIs, not null
 * @param customerSide  the scorecard of the customer side's KPIs, not null
 * @param unassigned  the ids of KPIs no party answers for (several suppliers, no lead, none named), not null
 * @param explanation  which KPIs each scorecard holds and why, not null
 * @since 0.1.0
 */
public record PartyScorecards(ReportingPeriod period, Scorecard whole, Map<String, Scorecard> suppliers, Scorecard joint,
        Scorecard customerSide, List<String> unassigned, Explanation explanation) {

    /**
     * @param period the period, not null
     * @param whole the scorecard of every KPI of the agreement, not null
     * @param suppliers each supplier's own scorecard by supplier id, in the agreement's order, not null
     * @param joint the scorecard of the joint KPIs, not null
     * @param customerSide the scorecard of the customer side's KPIs, not null
     * @param unassigned the ids of KPIs no party answers for (several suppliers, no lead, none named), not null
     * @param explanation which KPIs each scorecard holds and why, not null
     * @throws NullPointerException if an argument is null
     */
    public PartyScorecards {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(whole, "whole");
        suppliers = Collections.unmodifiableMap(new LinkedHashMap<>(suppliers));
        Objects.requireNonNull(joint, "joint");
        Objects.requireNonNull(customerSide, "customerSide");
        unassigned = List.copyOf(unassigned);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param supplierId  a supplier id, not null
     * @return that supplier's own scorecard, empty when the agreement has no such supplier
     */
    public Optional<Scorecard> supplier(String supplierId) {
        return Optional.ofNullable(suppliers.get(Objects.requireNonNull(supplierId, "supplierId")));
    }
}
