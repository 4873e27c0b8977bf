package dev.partnering.incentive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.internal.Violations;

/**
 * An incentive scheme: components whose adjustments add up, then an optional overall
 * {@linkplain #floor() floor} and {@linkplain #cap() cap} on the net adjustment per period (e.g.
 * between −15 % and +10 % of the period fee), and remedy triggers that give the customer rights.
 * <p>
 * The scheme is between one supplier and the customer side: {@link #supplier()} names the supplier
 * when the agreement has several (by default the lead supplier, or the only one); the customer
 * side's share of the net is split equally among the customers of a consortium.
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
        return new Builder();
    }

    /** @return the components, ids unique, evaluated in this order */
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
    public List<Violation> violationsAgainst(Agreement agreement) {
        Violations v = Violations.of("IncentiveScheme");
        for (int i = 0; i < components().size(); i++) {
            v.addAll("incentiveScheme.components[" + i + "]", components().get(i).violationsAgainst(agreement));
        }
        if (supplier().isPresent()) {
            boolean isSupplier = agreement.suppliers().stream().anyMatch(p -> p.id().equals(supplier().get()));
            v.require(isSupplier, "incentiveScheme.supplier", supplier().get(), "the incentive scheme pays '"
                    + supplier().get() + "', which is not a supplier of the agreement");
        } else {
            v.require(agreement.suppliers().size() <= 1 || agreement.leadSupplier().isPresent(), "incentiveScheme.supplier",
                    null, "the agreement has " + agreement.suppliers().size()
                            + " suppliers and no lead: the incentive scheme must name the supplier it pays");
        }
        for (Optional<Bound> b : List.of(floor(), cap())) {
            if (b.isPresent() && b.get() instanceof Bound.Fixed f) {
                v.require(agreement.isInCurrency(f.amount()), "incentiveScheme", f.amount(), "net bound " + f.amount()
                        + " is not in the agreement's currency " + agreement.currency().getCurrencyCode());
            }
        }
        for (int i = 0; i < remedyTriggers().size(); i++) {
            RemedyTrigger t = remedyTriggers().get(i);
            String kpi = t instanceof RemedyTrigger.ConsecutiveBelowMinimum c ? c.kpiId()
                    : t instanceof RemedyTrigger.BreachesInWindow b ? b.kpiId() : null;
            if (kpi != null) {
                v.require(agreement.kpiIds().contains(kpi), "incentiveScheme.remedyTriggers[" + i + "]", kpi,
                        "remedy trigger refers to kpi '" + kpi + "', which the agreement does not define");
            }
        }
        return v.list();
    }

    @Value.Check
    void check() {
        Violations v = Violations.of("IncentiveScheme");
        Set<String> ids = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (IncentiveComponent c : components()) {
            if (!ids.add(c.id())) {
                dup.add(c.id());
            }
        }
        v.require(dup.isEmpty(), "components", dup, "component ids must be unique within a scheme, repeated: " + dup);
        v.throwIfAny();
    }

    /** A builder of {@link IncentiveScheme}. */
    public static final class Builder extends ImmutableIncentiveScheme.Builder {
        Builder() {
        }
    }
}
