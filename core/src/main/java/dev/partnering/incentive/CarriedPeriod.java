package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.immutables.value.Value;

import dev.partnering.ValidationException;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;

/**
 * One period before the first period the SDK computes, as an {@link OpeningBalance} carries it in:
 * the charge (fee) of the period, what each component gave or took (credits and penalties the
 * supplier bore as negative amounts, bonuses paid as positive ones), the credits per KPI that can
 * still be earned back, the KPIs' statuses, and the overall score.
 * <p>
 * Components that look back read a carried period as they read an earlier period of the same
 * calculation ({@link IncentiveContext.Past#carriedIn()} tells them apart): the rolling twelve-month
 * cap of {@link ServiceCreditTiers} counts its charge and credits, the contract-year cap of a
 * {@link Penalty} its penalties, the at-risk pool's earn-back its {@linkplain #credits() credits}
 * and statuses, the remedy triggers its statuses.
 * <p>
 * A component's amount is {@link #amounts()}'s entry if given, else minus the sum of its credits.
 * Every amount is rounded to the minor unit and all share one currency. The {@link #limits()} are
 * the net floor and cap that applied in the period (by default none: the amounts are what the
 * supplier bore). This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CarriedPeriod {

    static {
        dev.partnering.internal.Secret.CARRIED_PERIOD.install(new TrustedCarriedPeriod.Maker());
    }

    CarriedPeriod() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableCarriedPeriod.builder();
    }

    /** @return the period, never null */
    public abstract ReportingPeriod period();

    /** @return the period's charge (fee), if given; else the agreement's fee schedule gives it */
    public abstract Optional<Money> charge();

    /**
     * @return per component id, what the component gave the supplier in the period (negative: a
     *         credit or penalty the supplier bore; positive: a bonus paid), rounded to the minor unit
     */
    public abstract Map<String, Money> amounts();

    /** @return the credits per KPI the supplier bore in the period, each one component and KPI at most once */
    public abstract List<CarriedCredit> credits();

    /** @return the status of each KPI in the period, where known */
    public abstract Map<String, KpiStatus> kpiStatuses();

    /** @return the overall scorecard score of the period, if known */
    public abstract Optional<BigDecimal> score();

    /** @return the scheme's net floor and cap as they applied in the period; none by default */
    @Value.Default
    public NetLimits limits() {
        return NetLimits.none();
    }

    /** @return the ids of the components with an amount or a credit, sorted, never null */
    public Set<String> componentIds() {
        Set<String> ids = new TreeSet<>(amounts().keySet());
        credits().forEach(c -> ids.add(c.componentId()));
        return ids;
    }

    /**
     * @param componentId  a component id, not null
     * @return the component's amount: given, else minus the sum of its credits, else zero; empty if
     *         the period has no money at all to take a currency from
     */
    public Optional<Money> amountOf(String componentId) {
        if (amounts().containsKey(componentId)) {
            return Optional.of(amounts().get(componentId));
        }
        return credits().stream().filter(c -> c.componentId().equals(componentId)).map(CarriedCredit::amount)
                .reduce(Money::plus).map(Money::negated);
    }

    /** @return the currency of the period's money, if it has any */
    public Optional<Currency> currency() {
        // the first of money(): the charge, the amount of the first component id, the first credit, the limits
        if (charge().isPresent()) {
            return Optional.of(charge().get().currency());
        }
        String first = null;
        for (String id : amounts().keySet()) {
            if (first == null || id.compareTo(first) < 0) {
                first = id;
            }
        }
        if (first != null) {
            return Optional.of(amounts().get(first).currency());
        }
        if (!credits().isEmpty()) {
            return Optional.of(credits().get(0).amount().currency());
        }
        return limits().lowest().or(() -> limits().highest()).map(Money::currency);
    }

    private List<Money> money() {
        List<Money> all = new java.util.ArrayList<>();
        charge().ifPresent(all::add);
        all.addAll(new TreeMap<>(amounts()).values());
        credits().forEach(c -> all.add(c.amount()));
        limits().lowest().ifPresent(all::add);
        limits().highest().ifPresent(all::add);
        return all;
    }

    /**
     * Equal to another carried period with equal period, charge, amounts, credits, statuses, score and limits
     * (whichever way it was made).
     *
     * @param another  the object to compare with
     * @return true if equal
     */
    @Override
    public final boolean equals(Object another) {
        if (this == another) {
            return true;
        }
        return another instanceof CarriedPeriod o && Objects.equals(period(), o.period()) && charge().equals(o.charge())
                && amounts().equals(o.amounts()) && credits().equals(o.credits()) && kpiStatuses().equals(o.kpiStatuses())
                && score().equals(o.score()) && limits().equals(o.limits());
    }

    /** @return the hash of the period, charge, amounts, credits, statuses, score and limits */
    @Override
    public final int hashCode() {
        int h = 5381;
        h += (h << 5) + Objects.hashCode(period());
        h += (h << 5) + Objects.hashCode(charge().orElse(null));
        h += (h << 5) + amounts().hashCode();
        h += (h << 5) + credits().hashCode();
        h += (h << 5) + kpiStatuses().hashCode();
        h += (h << 5) + Objects.hashCode(score().orElse(null));
        h += (h << 5) + limits().hashCode();
        return h;
    }

    /** @return e.g. {@code CarriedPeriod{period=2026-03, amounts={}, credits=[], kpiStatuses={}, limits=...}} */
    @Override
    public final String toString() {
        StringBuilder b = new StringBuilder("CarriedPeriod{");
        if (period() != null) {
            b.append("period=").append(period());
        }
        if (charge().isPresent()) {
            if (b.length() > 14) {
                b.append(", ");
            }
            b.append("charge=").append(charge().get());
        }
        if (b.length() > 14) {
            b.append(", ");
        }
        b.append("amounts=").append(amounts());
        b.append(", credits=").append(credits());
        b.append(", kpiStatuses=").append(kpiStatuses());
        if (score().isPresent()) {
            b.append(", score=").append(score().get());
        }
        b.append(", limits=").append(limits());
        return b.append("}").toString();
    }

    @Value.Check
    void check() {
        if (!plain()) {
            checkFully();
        }
    }

    /** Names every rule the period breaks, in a stable order; {@link #plain()} is true when it would find nothing. */
    void checkFully() {
        Violations attrs = Violations.of("CarriedPeriod");
        attrs.required("period", period());
        attrs.requiredEntries("amounts", amounts());
        attrs.requiredAll("credits", credits());
        attrs.requiredEntries("kpiStatuses", kpiStatuses());
        attrs.required("limits", limits());
        charge().ifPresent(m -> Limits.check(attrs, "charge", m.amount()));
        score().ifPresent(s -> Limits.check(attrs, "score", s));
        new TreeMap<>(amounts()).forEach((id, m) -> Limits.check(attrs, "amounts." + Limits.show(id), m.amount()));
        attrs.throwIfAny();
        Violations v = Violations.of("CarriedPeriod " + period());
        charge().ifPresent(c -> v.require(!c.isNegative(), "charge", c, () -> "carried-in charge of " + period() + " "
                + c + " must not be negative"));
        charge().ifPresent(c -> Limits.payable(v, "charge", c.amount(), c.currency(), "charge of " + period()));
        new TreeMap<>(amounts()).forEach((id, m) -> {
            Ids.check(v, "amounts." + Limits.show(id), id, "component");
            v.require(m.isRounded(), "amounts." + id, m, () -> "carried-in amount of '" + id + "' in " + period() + " is "
                    + m + ": an amount paid has no more decimals than the currency's minor unit");
        });
        new TreeMap<>(kpiStatuses()).keySet().forEach(id -> Ids.check(v, "kpiStatuses." + Limits.show(id), id, "kpi"));
        Set<String> seen = new HashSet<>();
        for (CarriedCredit c : credits()) {
            v.require(seen.add(c.componentId() + " " + c.kpiId()), "credits", c.componentId() + "/" + c.kpiId(),
                    () -> "carried-in credit of '" + c.componentId() + "' for '" + c.kpiId() + "' in " + period()
                            + " is given twice");
        }
        List<Money> money = money();
        for (Money m : money) {
            v.require(m.currency().equals(money.get(0).currency()), "currency", m, () -> "carried-in period " + period()
                    + " mixes " + money.get(0).currency().getCurrencyCode() + " and " + m.currency().getCurrencyCode());
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link CarriedPeriod}; the period is required.
     * <p>
     * Obtained from {@link CarriedPeriod#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    /**
     * True if {@link #check()} finds nothing, tested without building a message or a sorted copy: the
     * same rules, in any order (a period the calculator carries passes them all).
     */
    boolean plain() {
        return plain(true);
    }

    /**
     * @param statuses  false to leave out the rules of the statuses (each KPI id valid, no status null), for a
     *        period whose statuses were checked already
     * @return true if {@link #check()} finds nothing (the statuses taken as checked if {@code statuses} is false)
     */
    boolean plain(boolean statuses) {
        if (period() == null || limits() == null) {
            return false;
        }
        Currency currency = null;
        if (charge().isPresent()) {
            Money c = charge().get();
            if (!Limits.within(c.amount()) || c.isNegative() || !Limits.isPayable(c.amount(), c.currency())) {
                return false;
            }
            currency = c.currency();
        }
        if (score().isPresent() && !Limits.within(score().get())) {
            return false;
        }
        for (Map.Entry<String, Money> e : amounts().entrySet()) {
            Money m = e.getValue();
            if (e.getKey() == null || m == null || !Limits.within(m.amount()) || !Ids.isValid(e.getKey()) || !m.isRounded()
                    || (currency != null && !currency.equals(m.currency()))) {
                return false;
            }
            currency = m.currency();
        }
        if (statuses) {
            for (Map.Entry<String, KpiStatus> e : kpiStatuses().entrySet()) {
                if (e.getKey() == null || e.getValue() == null || !Ids.isValid(e.getKey())) {
                    return false;
                }
            }
        }
        List<CarriedCredit> credits = credits();
        for (int i = 0; i < credits.size(); i++) {
            CarriedCredit c = credits.get(i);
            if (c == null || (currency != null && !currency.equals(c.amount().currency()))) {
                return false;
            }
            currency = c.amount().currency();
            // ids are valid (no spaces), so a repeated pair is a repeated "componentId kpiId"
            for (int j = 0; j < i; j++) {
                if (credits.get(j).componentId().equals(c.componentId()) && credits.get(j).kpiId().equals(c.kpiId())) {
                    return false;
                }
            }
        }
        for (Optional<Money> bound : List.of(limits().lowest(), limits().highest())) {
            if (bound.isPresent()) {
                if (currency != null && !currency.equals(bound.get().currency())) {
                    return false;
                }
                currency = bound.get().currency();
            }
        }
        return true;
    }

    /**
     * A builder of {@link CarriedPeriod}.
     * <p>
     * Obtained from {@link CarriedPeriod#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param period  the period, not null
         * @return this builder
         */
        Builder period(ReportingPeriod period);

        /**
         * @param charge  the period's charge (fee), not negative
         * @return this builder
         */
        Builder charge(Money charge);

        /**
         * @param componentId  a component id
         * @param amount  what the component gave the supplier: negative for a credit or penalty borne
         * @return this builder
         */
        Builder putAmounts(String componentId, Money amount);

        /**
         * @param amounts  per component id, what the component gave the supplier
         * @return this builder
         */
        Builder putAllAmounts(Map<String, ? extends Money> amounts);

        /**
         * @param credit  a credit for one KPI
         * @return this builder
         */
        Builder addCredits(CarriedCredit credit);

        /**
         * @param credits  credits for KPIs
         * @return this builder
         */
        Builder addAllCredits(Iterable<? extends CarriedCredit> credits);

        /**
         * @param kpiId  a KPI id
         * @param status  its status in the period
         * @return this builder
         */
        Builder putKpiStatuses(String kpiId, KpiStatus status);

        /**
         * @param statuses  per KPI id, the status in the period
         * @return this builder
         */
        Builder putAllKpiStatuses(Map<String, ? extends KpiStatus> statuses);

        /**
         * @param score  the period's overall score
         * @return this builder
         */
        Builder score(BigDecimal score);

        /**
         * @param score  the period's overall score, if known
         * @return this builder
         */
        Builder score(Optional<? extends BigDecimal> score);

        /**
         * @param limits  the net floor and cap that applied in the period
         * @return this builder
         */
        Builder limits(NetLimits limits);

        /**
         * Adds a credit for one KPI: {@code credits(CarriedCredit.of(componentId, kpiId, amount))}.
         *
         * @param componentId  the component, not null
         * @param kpiId  the KPI, not null
         * @param amount  the credit the supplier bore, not negative, not null
         * @return this builder
         * @throws ValidationException if the credit is invalid
         */
        default Builder credit(String componentId, String kpiId, Money amount) {
            return addCredits(CarriedCredit.of(componentId, kpiId, amount));
        }

        /**
         * @return the carried period, never null
         * @throws ValidationException listing every problem of the value
         */
        CarriedPeriod build();
    }
}
