package dev.partnering.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;

/**
 * Simulated period outcomes of a multi-supplier agreement, per supplier and for the whole: the
 * distribution of each supplier's net (own scheme plus its share of the joint amounts, after its
 * limits), of all suppliers' nets together, and of the customer side's (its negation). Figures as
 * in {@link SimulationReport.Distribution}; every distribution is over the same simulated periods.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param periods  how many periods were simulated
 * @param seed  the seed; the same seed gives the same result
 * @param suppliers  each supplier's distribution by supplier id, not null
 * @param whole  the distribution of the sum of the suppliers' nets per period, not null
 * @param customer  the distribution of the customer side's net per period (the whole negated), not null
 * @param explanation  how the result was produced, not null
 * @since 0.1.0
 */
public record MultiSupplierSimulation(int periods, long seed, Map<String, SimulationReport.Distribution> suppliers,
        SimulationReport.Distribution whole, SimulationReport.Distribution customer, Explanation explanation) {

    /**
     * @param periods  the value of {@link #periods()}
     * @param seed  the value of {@link #seed()}
     * @param suppliers  the value of {@link #suppliers()}
     * @param whole  the value of {@link #whole()}
     * @param customer  the value of {@link #customer()}
     * @param explanation  the value of {@link #explanation()}
     * @throws NullPointerException if an argument is null
     */
    public MultiSupplierSimulation {
        suppliers = Collections.unmodifiableMap(new LinkedHashMap<>(suppliers));
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param supplierId  a supplier id, not null
     * @return that supplier's distribution, empty when the agreement has no such supplier
     */
    public Optional<SimulationReport.Distribution> supplier(String supplierId) {
        return Optional.ofNullable(suppliers.get(Objects.requireNonNull(supplierId, "supplierId")));
    }
}
