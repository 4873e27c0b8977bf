package dev.partnering.incentive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The incentive statements of a multi-supplier agreement from one calculation: the consolidated
 * statement (per period, every party) and one statement per supplier, cut from it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreementId  the agreement, not null
 * @param periods  the consolidated periods, chronological, not null
 * @param suppliers  each supplier's statement by id, in the agreement's order, not null
 * @param explanation  the arithmetic, not null
 * @since 0.1.0
 */
public record MultiSupplierStatement(String agreementId, List<ConsolidatedPeriod> periods,
        Map<String, SupplierStatement> suppliers, Explanation explanation) {

    /**
     * @param agreementId the agreement, not null
     * @param periods the consolidated periods, chronological, not null
     * @param suppliers each supplier's statement by id, in the agreement's order, not null
     * @param explanation the arithmetic, not null
     * @throws NullPointerException if an argument is null
     */
    public MultiSupplierStatement {
        Objects.requireNonNull(agreementId, "agreementId");
        periods = List.copyOf(periods);
        suppliers = Collections.unmodifiableMap(new LinkedHashMap<>(suppliers));
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param supplierId  a supplier id, not null
     * @return that supplier's statement, empty when the agreement has no such supplier
     */
    public Optional<SupplierStatement> supplier(String supplierId) {
        return Optional.ofNullable(suppliers.get(Objects.requireNonNull(supplierId, "supplierId")));
    }

    /**
     * @param period  a period, not null
     * @return the consolidated period, if the statement covers it
     */
    public Optional<ConsolidatedPeriod> period(ReportingPeriod period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /** @return each party's net over every period, never null */
    public Map<String, Money> totalByParty() {
        Map<String, Money> total = new LinkedHashMap<>();
        for (ConsolidatedPeriod p : periods) {
            p.netByParty().forEach((party, amount) -> total.merge(party, amount, Money::plus));
        }
        return Collections.unmodifiableMap(total);
    }
}
