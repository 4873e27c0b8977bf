package dev.partnering.incentive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The incentive statement of an agreement over one or more periods: a {@link PeriodStatement} per
 * period and the totals per party, exact to the minor unit, with the explanation of every amount.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreementId  the agreement's id
 * @param supplierId  the supplier the scheme pays
 * @param periods  the period statements, in period order
 * @param explanation  the whole statement's explanation
 * @since 0.1.0
 */
public record IncentiveStatement(String agreementId, String supplierId, List<PeriodStatement> periods,
        Explanation explanation) {

    /**
     * Copies the list; checks for nulls.
     *
     * @param agreementId  the agreement's id
     * @param supplierId  the supplier the scheme pays
     * @param periods  the period statements, in period order
     * @param explanation  the whole statement's explanation
     */
    public IncentiveStatement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(supplierId, "supplierId");
        periods = List.copyOf(periods);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param period  a period, not null
     * @return that period's statement, if included
     */
    public Optional<PeriodStatement> period(ReportingPeriod period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /** @return Σ of the periods' net adjustments of the supplier's payout, never null */
    public Money totalNet() {
        return periods.stream().map(PeriodStatement::net).reduce(Money::plus).orElseThrow();
    }

    /** @return the net per party over all periods: positive receives, negative pays, never null */
    public Map<String, Money> totalByParty() {
        Map<String, Money> total = new LinkedHashMap<>();
        for (PeriodStatement p : periods) {
            p.netByParty().forEach((party, amount) -> total.merge(party, amount, Money::plus));
        }
        return java.util.Collections.unmodifiableMap(total);
    }
}
