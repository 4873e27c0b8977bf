package dev.partnering.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.Violations;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.money.Money;

/**
 * Proposed per-supplier schemes and joint arrangement evaluated on past periods beside the ones in
 * force: per supplier and period, the supplier's net (own scheme and share of the joint amounts,
 * after its limits) under each, and the same for the whole — the sum over the suppliers, which is
 * what the customer side pays in net. The whole's rows are the sums of the suppliers' rows.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param suppliers  each supplier's rows by supplier id (one per period, in order), not null
 * @param whole  the rows of all suppliers together, one per period, in order, not null
 * @param current  the statement under the arrangement in force, not null
 * @param proposed  the statement under the proposed arrangement, not null
 * @param explanation  the comparison in words, not null
 * @since 0.1.0
 */
public record MultiSupplierBackTest(Map<String, List<BackTest.Row>> suppliers, List<BackTest.Row> whole,
        MultiSupplierStatement current, MultiSupplierStatement proposed, Explanation explanation) {

    /**
     * @param suppliers  the value of {@link #suppliers()}
     * @param whole  the value of {@link #whole()}
     * @param current  the value of {@link #current()}
     * @param proposed  the value of {@link #proposed()}
     * @param explanation  the value of {@link #explanation()}
     * @throws NullPointerException if an argument is null
     */
    public MultiSupplierBackTest {
        Map<String, List<BackTest.Row>> copy = new LinkedHashMap<>();
        suppliers.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "supplier id"), List.copyOf(v)));
        suppliers = Collections.unmodifiableMap(copy);
        whole = List.copyOf(whole);
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * One supplier's rows of a back-test: the supplier's id beside its rows.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param supplierId  the supplier's id, not null
     * @param rows  the supplier's rows, one per period, in order, not null (copied)
     * @since 0.1.0
     */
    public record SupplierRows(String supplierId, List<BackTest.Row> rows) {

        /**
         * @param supplierId  the value of {@link #supplierId()}
         * @param rows  the value of {@link #rows()}
         * @throws dev.partnering.ValidationException naming a null argument or each null row
         */
        public SupplierRows {
            Violations.requirePresent("SupplierRows", "supplierId", supplierId, "rows", rows);
            Violations v = Violations.of("SupplierRows '" + supplierId + "'");
            v.requiredAll("rows", rows);
            v.throwIfAny();
            rows = List.copyOf(rows);
        }
    }

    /**
     * The rows per supplier as a list, for whoever wants them in order with their supplier's id
     * (the JSON format writes them so).
     *
     * @return each supplier's rows, in the order of {@link #suppliers()}; unmodifiable, never null
     * @since 0.1.0
     */
    public List<SupplierRows> supplierRows() {
        return suppliers.entrySet().stream().map(e -> new SupplierRows(e.getKey(), e.getValue())).toList();
    }

    /**
     * @param supplierId  a supplier id, not null
     * @return that supplier's rows, empty when neither side has such a supplier
     */
    public Optional<List<BackTest.Row>> supplier(String supplierId) {
        return Optional.ofNullable(suppliers.get(Objects.requireNonNull(supplierId, "supplierId")));
    }

    /**
     * @param supplierId  a supplier id of the back-test, not null
     * @return Σ of that supplier's differences (proposed − in force), never null
     * @throws java.util.NoSuchElementException if the back-test has no such supplier
     */
    public Money supplierTotalDifference(String supplierId) {
        return total(supplier(supplierId).orElseThrow());
    }

    /** @return Σ of the whole's differences (proposed − in force), never null */
    public Money totalDifference() {
        return total(whole);
    }

    private static Money total(List<BackTest.Row> rows) {
        Money sum = rows.get(0).difference();
        for (int i = 1; i < rows.size(); i++) {
            sum = sum.plus(rows.get(i).difference());
        }
        return sum;
    }
}
