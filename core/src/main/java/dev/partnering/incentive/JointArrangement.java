package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;

/**
 * How several suppliers share incentives and payments: the joint components (a shared gain share,
 * a bonus on the joint scorecard), each supplier's declared share of them, and whether the lead
 * supplier receives and passes on the payments of the others (pass-through).
 * <p>
 * The {@linkplain #jointScheme() joint scheme} is evaluated on the scorecard of the joint KPIs
 * (those the suppliers answer for jointly); its net per period is split among the suppliers by
 * {@linkplain #sharesPercent() declared shares} exactly, in minor units, by the largest-remainder
 * method with ties to the earlier-listed supplier (each component's amount and the effect of the
 * joint floor or cap are split alike, so the parts add up to the joint net). Each supplier's own
 * scheme lives in the agreement's {@code supplierSchemes()}.
 * <p>
 * Checked against the agreement when the agreement is built: every supplier of the agreement has a
 * share and no one else has; the joint scheme names no supplier and reads only joint KPIs;
 * pass-through needs a lead supplier.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class JointArrangement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    JointArrangement() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableJointArrangement.builder();
    }

    /** @return the joint components, evaluated on the joint scorecard and split by shares; empty for none */
    public abstract Optional<IncentiveScheme> jointScheme();

    /**
     * @return each supplier's share of the joint amounts in percent, by supplier id; the shares add
     *         up to 100; empty only without a joint scheme
     */
    public abstract Map<String, BigDecimal> sharesPercent();

    /**
     * @return true when the lead supplier receives every payment to the other suppliers (and pays
     *         every amount they bear) and passes it on; false by default
     */
    @Value.Default
    public boolean leadPassThrough() {
        return false;
    }

    /**
     * Splits an amount among the suppliers by their declared shares, exactly (the one exact split,
     * {@link ConsortiumSplit#byWeights(Money, Map)}), in the order of the given suppliers.
     *
     * @param amount  the amount, not null
     * @param suppliers  the supplier ids in the agreement's order, not null, each with a share
     * @return each supplier's part, in that order, adding up to the amount rounded to the minor unit, never null
     */
    public Map<String, Money> split(Money amount, List<String> suppliers) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        suppliers.forEach(s -> weights.put(s, sharesPercent().get(s)));
        return ConsortiumSplit.byWeights(amount, weights);
    }

    /**
     * Checks this arrangement against the agreement it belongs to.
     *
     * @param agreement  the agreement, not null
     * @return the violations, under the path {@code jointArrangement}, empty if none, never null
     */
    public List<Violation> violationsAgainst(IncentiveTerms agreement) {
        Violations v = Violations.of("JointArrangement");
        List<String> suppliers = agreement.suppliers().stream().map(Party::id).collect(Collectors.toList());
        if (!sharesPercent().isEmpty()) {
            sharesPercent().keySet().forEach(id -> v.require(suppliers.contains(id), "jointArrangement.sharesPercent." + id, id,
                    () -> "joint share of '" + id + "', which is not a supplier of the agreement; its suppliers are " + suppliers));
            suppliers.forEach(id -> v.require(sharesPercent().containsKey(id), "jointArrangement.sharesPercent", id,
                    () -> "supplier '" + id + "' has no joint share; every supplier of the agreement needs one"));
        }
        v.require(suppliers.size() >= 2, "jointArrangement", suppliers, () -> "a joint arrangement needs at least two "
                + "suppliers, the agreement has " + suppliers);
        v.require(!leadPassThrough() || agreement.leadSupplier().isPresent(), "jointArrangement.leadPassThrough", true,
                "pass-through goes through the lead supplier, but the agreement declares no lead");
        jointScheme().ifPresent(s -> {
            new ArrayList<>(s.violationsAgainst(agreement, "jointArrangement.jointScheme")).stream()
                    .filter(x -> !x.path().equals("jointArrangement.jointScheme.supplier"))
                    .forEach(x -> v.add(x.path(), x.value(), x.rule()));
            v.require(s.supplier().isEmpty(), "jointArrangement.jointScheme.supplier", s.supplier().orElse(null),
                    () -> "the joint scheme pays the suppliers by their shares and names no supplier");
            for (String kpi : s.kpiIds()) {
                boolean joint = agreement.kpiVersions(kpi).stream().map(agreement::accountabilityOf)
                        .allMatch(a -> a.filter(x -> x instanceof Accountability.Joint).isPresent());
                v.require(joint, "jointArrangement.jointScheme", kpi, () -> "the joint scheme reads kpi '" + kpi
                        + "', which the suppliers do not answer for jointly (in every version)");
            }
        });
        return v.list();
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("JointArrangement");
        attrs.requiredEntries("sharesPercent", sharesPercent());
        attrs.throwIfAny();
        Violations v = Violations.of("JointArrangement");
        sharesPercent().keySet().forEach(id -> Ids.check(v, "sharesPercent." + Limits.show(id), id, "supplier"));
        sharesPercent().forEach((id, p) -> v.require(p.signum() >= 0, "sharesPercent." + id, p,
                () -> "joint share of '" + id + "' is " + p.toPlainString() + " %; shares must not be negative"));
        BigDecimal total = sharesPercent().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        v.require(sharesPercent().isEmpty() || total.compareTo(HUNDRED) == 0, "sharesPercent", total,
                () -> "joint shares add up to " + total.toPlainString() + " %, not 100 %");
        v.require(jointScheme().isEmpty() || !sharesPercent().isEmpty(), "sharesPercent", "{}",
                "a joint scheme needs the suppliers' shares to split its amounts");
        v.require(jointScheme().isPresent() || leadPassThrough(), "jointScheme", null,
                "a joint arrangement needs a joint scheme, lead pass-through, or both");
        v.throwIfAny();
    }

    /**
     * A builder of {@link JointArrangement}.
     * <p>
     * Obtained from {@link JointArrangement#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param jointScheme  the joint components, not null
         * @return {@code this} builder for use in a chained invocation
         */
        Builder jointScheme(IncentiveScheme jointScheme);

        /**
         * @param jointScheme  the joint components, or empty
         * @return {@code this} builder for use in a chained invocation
         */
        Builder jointScheme(Optional<? extends IncentiveScheme> jointScheme);

        /**
         * @param supplierId  a supplier id, not null
         * @param percent  its share in percent, not null
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putSharesPercent(String supplierId, BigDecimal percent);

        /**
         * @param entries  shares in percent by supplier id, not null
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllSharesPercent(Map<String, ? extends BigDecimal> entries);

        /**
         * @param leadPassThrough  whether the lead receives and passes on the others' payments
         * @return {@code this} builder for use in a chained invocation
         */
        Builder leadPassThrough(boolean leadPassThrough);

        /**
         * Declares a supplier's share: the same as {@code putSharesPercent(supplierId, percent)}.
         *
         * @param supplierId  a supplier id, not null
         * @param percent  its share in percent, not null
         * @return {@code this} builder for use in a chained invocation
         */
        default Builder share(String supplierId, BigDecimal percent) {
            return putSharesPercent(supplierId, percent);
        }

        /**
         * @return the arrangement, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        JointArrangement build();
    }
}
