package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

/**
 * An incentive scheme: components whose adjustments add up, then an optional overall
 * {@linkplain #floor() floor} and {@linkplain #cap() cap} on the net adjustment per period (e.g.
 * between −15 % and +10 % of the period fee), and remedy triggers that give the customer rights.
 * <p>
 * The scheme is between one supplier and the customer side: {@link #supplier()} names the supplier
 * when the agreement has several (by default the lead supplier, or the only one); the customer
 * side's share of the net is split among the customers of a consortium equally, or by the
 * {@linkplain #customerWeights() customer weights} (e.g. population) when given, exactly
 * ({@link ConsortiumSplit#byWeights}: largest remainder, the parts add up to the net to the minor unit).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IncentiveScheme {

    IncentiveScheme() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableIncentiveScheme.builder();
    }

    /**
     * @return the components, ids unique, evaluated in this order; at least one unless the scheme
     *         has remedy triggers (a scheme with neither would pay nothing without a word)
     */
    public abstract List<IncentiveComponent> components();

    /** @return the largest net deduction per period (as a non-negative bound), if any */
    public abstract Optional<Bound> floor();

    /** @return the largest net addition per period, if any */
    public abstract Optional<Bound> cap();

    /** @return the remedy triggers, never null */
    public abstract List<RemedyTrigger> remedyTriggers();

    /** @return the id of the supplier the scheme pays, if named */
    public abstract Optional<String> supplier();

    /**
     * How the customer side's share of each period's net (and of each component's amount) is split
     * among the customers of a consortium: a positive weight per customer party id, e.g. its
     * population. Empty (the default) splits equally. When given, every customer of the agreement
     * has a weight and every id is a customer of the agreement (checked against the agreement).
     *
     * @return the weight per customer party id, in the order given, never null
     * @since 0.1.0
     */
    public abstract Map<String, BigDecimal> customerWeights();

    /**
     * @param id  a component id, not null
     * @return the component with that id, if any
     */
    public Optional<IncentiveComponent> component(String id) {
        return components().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Checks the scheme against an agreement: each component's own rules against it, the supplier,
     * and the KPIs and currencies the triggers and bounds refer to.
     *
     * @param agreement  the agreement, not null
     * @return the violations, with paths under {@code incentiveScheme}, never null
     */
    public List<Violation> violationsAgainst(IncentiveTerms agreement) {
        return violationsAgainst(agreement, "incentiveScheme");
    }

    /**
     * The KPIs this scheme reads: those its components refer to and those its remedy triggers watch.
     *
     * @return the KPI ids, in a stable order, never null
     * @since 0.1.0
     */
    public Set<String> kpiIds() {
        Set<String> ids = new java.util.TreeSet<>();
        components().forEach(c -> ids.addAll(c.kpiIds()));
        for (RemedyTrigger t : remedyTriggers()) {
            if (t instanceof RemedyTrigger.ConsecutiveBelowMinimum c) {
                ids.add(c.kpiId());
            } else if (t instanceof RemedyTrigger.BreachesInWindow b) {
                ids.add(b.kpiId());
            }
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    /**
     * Checks this scheme against the agreement, reporting violations under a path of its own
     * (a per-supplier scheme under {@code supplierSchemes[i]}).
     *
     * @param agreement  the agreement, not null
     * @param path  the path of the scheme in the agreement, not null
     * @return the violations, empty if none, never null
     * @since 0.1.0
     */
    public List<Violation> violationsAgainst(IncentiveTerms agreement, String path) {
        List<Violation> all = new ArrayList<>();
        for (Violation x : violationsAt(agreement)) {
            all.add(x.path().startsWith("incentiveScheme") ? Violation.of(path + x.path().substring("incentiveScheme".length()),
                    x.value(), x.rule()) : x);
        }
        return all;
    }

    private List<Violation> violationsAt(IncentiveTerms agreement) {
        Violations v = Violations.of("IncentiveScheme");
        for (int i = 0; i < components().size(); i++) {
            v.addAll("incentiveScheme.components[" + i + "]", components().get(i).violationsAgainst(agreement));
        }
        if (supplier().isPresent()) {
            boolean isSupplier = agreement.suppliers().stream().anyMatch(p -> p.id().equals(supplier().get()));
            v.require(isSupplier, "incentiveScheme.supplier", supplier().get(), () -> "the incentive scheme pays '"
                    + supplier().get() + "', which is not a supplier of the agreement");
        } else {
            v.require(agreement.suppliers().size() <= 1 || agreement.leadSupplier().isPresent(), "incentiveScheme.supplier",
                    null, () -> "the agreement has " + agreement.suppliers().size()
                            + " suppliers and no lead: the incentive scheme must name the supplier it pays");
        }
        checkCustomerWeights(v, agreement);
        for (Optional<Bound> b : List.of(floor(), cap())) {
            if (b.isPresent() && b.get() instanceof Bound.Fixed f) {
                v.require(agreement.isInCurrency(f.amount()), "incentiveScheme", f.amount(), () -> "net bound " + f.amount()
                        + " is not in the agreement's currency " + agreement.currency().getCurrencyCode());
            }
        }
        for (int i = 0; i < remedyTriggers().size(); i++) {
            RemedyTrigger t = remedyTriggers().get(i);
            String kpi = t instanceof RemedyTrigger.ConsecutiveBelowMinimum c ? c.kpiId()
                    : t instanceof RemedyTrigger.BreachesInWindow b ? b.kpiId() : null;
            if (kpi != null) {
                v.require(agreement.kpiIds().contains(kpi), "incentiveScheme.remedyTriggers[" + i + "]", kpi,
                        () -> "remedy trigger refers to kpi '" + kpi + "', which the agreement does not define");
            }
        }
        return v.list();
    }

    private void checkCustomerWeights(Violations v, IncentiveTerms agreement) {
        if (customerWeights().isEmpty()) {
            return;
        }
        List<String> customers = agreement.customers().stream().map(Party::id).collect(Collectors.toList());
        for (String id : customerWeights().keySet()) {
            v.require(customers.contains(id), "incentiveScheme.customerWeights." + id, id, () -> "the incentive scheme weighs '"
                    + id + "', which is not a customer of the agreement; its customers are " + customers);
        }
        for (String id : customers) {
            v.require(customerWeights().containsKey(id), "incentiveScheme.customerWeights", id, () -> "customer '" + id
                    + "' has no weight; with customer weights, every customer of the agreement needs one");
        }
    }

    /**
     * Splits an amount among the customers, by the {@linkplain #customerWeights() customer weights}
     * if given, else equally; exactly, in the customers' order.
     *
     * @param amount  the amount to split, not null
     * @param customers  the ids of the agreement's customers, in declaration order, not null
     * @return the part of each customer, in the customers' order, adding up exactly to the amount
     * @since 0.1
     */
    public Map<String, Money> splitAmongCustomers(Money amount, List<String> customers) {
        if (customerWeights().isEmpty()) {
            return ConsortiumSplit.equally(amount, customers);
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        customers.forEach(c -> weights.put(c, customerWeights().get(c)));
        return ConsortiumSplit.byWeights(amount, weights);
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("IncentiveScheme");
        attrs.requiredAll("components", components());
        attrs.requiredAll("remedyTriggers", remedyTriggers());
        attrs.requiredEntries("customerWeights", customerWeights());
        attrs.throwIfAny();
        Violations v = Violations.of("IncentiveScheme");
        Set<String> ids = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (IncentiveComponent c : components()) {
            if (!ids.add(c.id())) {
                dup.add(c.id());
            }
        }
        v.require(dup.isEmpty(), "components", dup, () -> "component ids must be unique within a scheme, repeated: " + dup);
        v.require(!components().isEmpty() || !remedyTriggers().isEmpty(), "components", "[]",
                "an incentive scheme needs at least one component (or, without money, one remedy trigger)");
        supplier().ifPresent(s -> dev.partnering.internal.Ids.check(v, "supplier", s, "supplier"));
        customerWeights().keySet().forEach(id -> dev.partnering.internal.Ids.check(v,
                "customerWeights." + dev.partnering.internal.Limits.show(id), id, "customer"));
        customerWeights().forEach((id, w) -> v.require(w.signum() > 0, "customerWeights." + id, w,
                () -> "customer weight of '" + id + "' is " + w.toPlainString() + "; weights must be positive"));
        v.throwIfAny();
    }

    /**
     * A builder of {@link IncentiveScheme}.
     * <p>
     * Obtained from {@link IncentiveScheme#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Adds one element to {@link IncentiveScheme#components() components} list.
         * @param element A components element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addComponents(IncentiveComponent element);

        /**
         * Adds elements to {@link IncentiveScheme#components() components} list.
         * @param elements An array of components elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addComponents(IncentiveComponent... elements);

        /**
         * Adds elements to {@link IncentiveScheme#components() components} list.
         * @param elements An iterable of components elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllComponents(Iterable<? extends IncentiveComponent> elements);

        /**
         * Initializes the optional value {@link IncentiveScheme#floor() floor} to floor.
         * @param floor The value for floor
         * @return {@code this} builder for chained invocation
         */
        Builder floor(Bound floor);

        /**
         * Initializes the optional value {@link IncentiveScheme#floor() floor} to floor.
         * @param floor The value for floor
         * @return {@code this} builder for use in a chained invocation
         */
        Builder floor(Optional<? extends Bound> floor);

        /**
         * Initializes the optional value {@link IncentiveScheme#cap() cap} to cap.
         * @param cap The value for cap
         * @return {@code this} builder for chained invocation
         */
        Builder cap(Bound cap);

        /**
         * Initializes the optional value {@link IncentiveScheme#cap() cap} to cap.
         * @param cap The value for cap
         * @return {@code this} builder for use in a chained invocation
         */
        Builder cap(Optional<? extends Bound> cap);

        /**
         * Adds one element to {@link IncentiveScheme#remedyTriggers() remedyTriggers} list.
         * @param element A remedyTriggers element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addRemedyTriggers(RemedyTrigger element);

        /**
         * Adds elements to {@link IncentiveScheme#remedyTriggers() remedyTriggers} list.
         * @param elements An array of remedyTriggers elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addRemedyTriggers(RemedyTrigger... elements);

        /**
         * Adds elements to {@link IncentiveScheme#remedyTriggers() remedyTriggers} list.
         * @param elements An iterable of remedyTriggers elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllRemedyTriggers(Iterable<? extends RemedyTrigger> elements);

        /**
         * Initializes the optional value {@link IncentiveScheme#supplier() supplier} to supplier.
         * @param supplier The value for supplier
         * @return {@code this} builder for chained invocation
         */
        Builder supplier(String supplier);

        /**
         * Initializes the optional value {@link IncentiveScheme#supplier() supplier} to supplier.
         * @param supplier The value for supplier
         * @return {@code this} builder for use in a chained invocation
         */
        Builder supplier(Optional<String> supplier);

        /**
         * Put one entry to the {@link IncentiveScheme#customerWeights() customerWeights} map.
         * @param key The key in the customerWeights map
         * @param value The associated value in the customerWeights map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putCustomerWeights(String key, BigDecimal value);

        /**
         * Put one entry to the {@link IncentiveScheme#customerWeights() customerWeights} map. Nulls are not permitted
         * @param entry The key and value entry
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putCustomerWeights(Map.Entry<String, ? extends BigDecimal> entry);

        /**
         * Put all mappings from the specified map as entries to {@link IncentiveScheme#customerWeights() customerWeights} map. Nulls are not permitted
         * @param entries The entries that will be added to the customerWeights map
         * @return {@code this} builder for use in a chained invocation
         */
        Builder putAllCustomerWeights(Map<String, ? extends BigDecimal> entries);


        /**
         * @return the IncentiveScheme, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        IncentiveScheme build();
    }
}
