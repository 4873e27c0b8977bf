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
 * A statement the incentive calculator computed also carries its {@linkplain #closingBalance()
 * closing balance}: what the rules of the scheme need from these periods (and from the opening
 * balance they started from) to compute the next period, bounded by the rules' look-back (rolling
 * twelve months, the contract year, earn-back and remedy windows). It is what lets a month end
 * continue from a stored statement instead of recomputing every period since the start.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreementId  the agreement's id
 * @param supplierId  the supplier the scheme pays
 * @param periods  the period statements, in period order
 * @param explanation  the whole statement's explanation
 * @param closingBalance  the opening balance of the period after the last one, if known (a statement
 *        built by hand or read from a document written before 0.2.0 has none)
 * @since 0.1.0
 */
public record IncentiveStatement(String agreementId, String supplierId, List<PeriodStatement> periods,
        Explanation explanation, Optional<OpeningBalance> closingBalance) {

    /**
     * Copies the list; checks for nulls.
     *
     * @param agreementId  the agreement's id
     * @param supplierId  the supplier the scheme pays
     * @param periods  the period statements, in period order
     * @param explanation  the whole statement's explanation
     * @param closingBalance  the opening balance of the period after the last one, if known
     */
    public IncentiveStatement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(supplierId, "supplierId");
        periods = List.copyOf(periods);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(closingBalance, "closingBalance");
    }

    /**
     * A statement without a closing balance (it cannot be continued).
     *
     * @param agreementId  the agreement's id, not null
     * @param supplierId  the supplier the scheme pays, not null
     * @param periods  the period statements, in period order, not null
     * @param explanation  the whole statement's explanation, not null
     */
    public IncentiveStatement(String agreementId, String supplierId, List<PeriodStatement> periods, Explanation explanation) {
        this(agreementId, supplierId, periods, explanation, Optional.empty());
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
