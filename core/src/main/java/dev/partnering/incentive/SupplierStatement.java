package dev.partnering.incentive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * One supplier's incentive statement in a multi-supplier agreement: per period what it earned and
 * bore on its own scheme and on its share of the joint one, and what the lead relayed for it. Cut
 * from the same calculation as the {@link MultiSupplierStatement consolidated statement}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreementId  the agreement, not null
 * @param supplierId  the supplier, not null
 * @param periods  the periods, chronological, not null
 * @param explanation  the arithmetic, not null
 * @since 0.1.0
 */
public record SupplierStatement(String agreementId, String supplierId, List<SupplierPeriod> periods,
        Explanation explanation) {

    /**
     * @param agreementId the agreement, not null
     * @param supplierId the supplier, not null
     * @param periods the periods, chronological, not null
     * @param explanation the arithmetic, not null
     * @throws NullPointerException if an argument is null
     */
    public SupplierStatement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(supplierId, "supplierId");
        periods = List.copyOf(periods);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param period  a period, not null
     * @return the supplier's figures of that period, if the statement covers it
     */
    public Optional<SupplierPeriod> period(ReportingPeriod period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /** @return the net over every period, never null */
    public Money totalNet() {
        return periods.stream().map(SupplierPeriod::net).reduce(Money::plus).orElseThrow();
    }
}
