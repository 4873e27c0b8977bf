package dev.partnering.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.incentive.Exposure;

/**
 * The balance of a multi-supplier agreement's incentives: the report of each supplier's own scheme
 * and of the joint scheme (each as {@link BalanceAnalyzer#analyze} gives it), each supplier's
 * exposure per period — its own scheme's plus its declared share of the joint scheme's — and the
 * whole's — every own scheme's plus the joint scheme's. Absent figures are unbounded or unknown.
 * <p>
 * A supplier's share of a joint figure is the figure × its share %, rounded once HALF_EVEN to the
 * currency's minor unit; the calculation splits joint amounts by the largest remainder, so a
 * supplier's share of an actual joint amount may differ from this figure by at most one minor
 * unit, and the suppliers' figures may differ from the whole's by at most one minor unit each.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param own  the report of each supplier's own scheme by supplier id, not null
 * @param joint  the report of the joint scheme, if the agreement has one, not null
 * @param suppliers  each supplier's exposure per period (own plus share of joint) by supplier id, not null
 * @param whole  the exposure per period of all suppliers together (every own scheme plus the joint one), not null
 * @param explanation  how the figures were reached, not null
 * @since 0.1.0
 */
public record MultiSupplierBalance(Map<String, BalanceReport> own, Optional<BalanceReport> joint,
        Map<String, Exposure> suppliers, Exposure whole, Explanation explanation) {

    /**
     * @param own  the value of {@link #own()}
     * @param joint  the value of {@link #joint()}
     * @param suppliers  the value of {@link #suppliers()}
     * @param whole  the value of {@link #whole()}
     * @param explanation  the value of {@link #explanation()}
     * @throws NullPointerException if an argument is null
     */
    public MultiSupplierBalance {
        own = Collections.unmodifiableMap(new LinkedHashMap<>(own));
        Objects.requireNonNull(joint, "joint");
        suppliers = Collections.unmodifiableMap(new LinkedHashMap<>(suppliers));
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param supplierId  a supplier id, not null
     * @return that supplier's exposure per period, empty when the agreement has no such supplier
     */
    public Optional<Exposure> supplier(String supplierId) {
        return Optional.ofNullable(suppliers.get(Objects.requireNonNull(supplierId, "supplierId")));
    }
}
