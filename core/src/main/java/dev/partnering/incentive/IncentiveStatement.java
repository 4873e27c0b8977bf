package dev.partnering.incentive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.Secret;
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
 * A statement the calculator computed makes its closing balance when it is first read (from the
 * periods it was computed from, so the figures are the same): computing a portfolio's statements
 * does not pay for closing balances nobody reads. This class is immutable and thread-safe, and a
 * value: two statements are equal when their agreement, supplier, periods, explanation and closing
 * balance are equal.
 *
 * @since 0.1.0
 */
public final class IncentiveStatement {

    private final String agreementId;
    private final String supplierId;
    private final List<PeriodStatement> periods;
    private final Explanation explanation;
    /** The closing balance; null until made in the lazy form. */
    private volatile Optional<OpeningBalance> closingBalance;
    /** The lazy form's maker of the closing balance, dropped once it is made. */
    private volatile Supplier<OpeningBalance> closing;

    /**
     * Copies the list; checks for nulls.
     *
     * @param agreementId  the agreement's id, not null
     * @param supplierId  the supplier the scheme pays, not null
     * @param periods  the period statements, in period order, not null
     * @param explanation  the whole statement's explanation, not null
     * @param closingBalance  the opening balance of the period after the last one, if known (a statement
     *        built by hand or read from a document written before 0.2.0 has none), not null
     */
    public IncentiveStatement(String agreementId, String supplierId, List<PeriodStatement> periods,
            Explanation explanation, Optional<OpeningBalance> closingBalance) {
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.supplierId = Objects.requireNonNull(supplierId, "supplierId");
        this.periods = List.copyOf(periods);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.closingBalance = Objects.requireNonNull(closingBalance, "closingBalance");
        this.closing = null;
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

    /** The lazy form: the closing balance is made by {@code closing} when first read. */
    private IncentiveStatement(String agreementId, String supplierId, List<PeriodStatement> periods,
            Explanation explanation, Supplier<OpeningBalance> closing) {
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.supplierId = Objects.requireNonNull(supplierId, "supplierId");
        this.periods = List.copyOf(periods);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.closing = Objects.requireNonNull(closing, "closing");
    }

    static {
        // the calculator, in another package, makes statements whose closing balance is made when read
        Secret.LAZY_CLOSING_STATEMENT.install(parts -> {
            @SuppressWarnings("unchecked")
            List<PeriodStatement> periods = (List<PeriodStatement>) parts[2];
            @SuppressWarnings("unchecked")
            Supplier<OpeningBalance> closing = (Supplier<OpeningBalance>) parts[4];
            return new IncentiveStatement((String) parts[0], (String) parts[1], periods, (Explanation) parts[3], closing);
        });
    }

    /** @return the agreement's id, never null */
    public String agreementId() {
        return agreementId;
    }

    /** @return the supplier the scheme pays, never null */
    public String supplierId() {
        return supplierId;
    }

    /** @return the period statements, in period order, unmodifiable, never null */
    public List<PeriodStatement> periods() {
        return periods;
    }

    /** @return the whole statement's explanation, never null */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * @return the opening balance of the period after the last one, if known (a statement built by hand
     *         or read from a document written before 0.2.0 has none); a computed statement makes it when
     *         first read; never null
     */
    public Optional<OpeningBalance> closingBalance() {
        Optional<OpeningBalance> b = closingBalance;
        if (b == null) {
            Supplier<OpeningBalance> maker = closing;
            if (maker == null) {
                // another thread made it and dropped the maker after publishing the balance
                return closingBalance;
            }
            // two threads reading first may each make one, equal, and one is kept
            b = Optional.of(maker.get());
            closingBalance = b;
            closing = null;
        }
        return b;
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

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof IncentiveStatement s && agreementId.equals(s.agreementId)
                && supplierId.equals(s.supplierId) && periods.equals(s.periods) && explanation.equals(s.explanation)
                && closingBalance().equals(s.closingBalance());
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, supplierId, periods, explanation, closingBalance());
    }

    @Override
    public String toString() {
        return "IncentiveStatement[agreementId=" + agreementId + ", supplierId=" + supplierId + ", periods=" + periods
                + ", explanation=" + explanation + ", closingBalance=" + closingBalance() + "]";
    }
}
