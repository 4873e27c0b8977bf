package dev.partnering.incentive;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.immutables.value.Value;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Violations;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;

/**
 * What happened before the first period the SDK computes for one incentive scheme (so per supplier
 * when schemes are per supplier): the periods carried in ({@link CarriedPeriod}: charges, credits
 * and penalties borne, bonuses and maluses paid, credits still earnable back with their KPIs, KPI
 * statuses and scores) and consecutive-period counters ({@link KpiStreak}).
 * <p>
 * It enters {@code IncentiveCalculator.calculate(agreement, scheme, periods, opening)}; every
 * component that looks back reads the carried periods as earlier periods of the calculation (rolling
 * twelve-month caps, contract-year caps, earn-back, remedy triggers), and each statement line they
 * change says "carried in". A statement the SDK computed carries its {@linkplain
 * IncentiveStatement#closingBalance() closing balance}, the opening balance of the next period.
 * <p>
 * Invariants: every carried period is of the first period's granularity, before it, and given once;
 * all money is in one currency; a streak's periods do not contradict a status given in a carried
 * period, and each KPI has at most one streak. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OpeningBalance {

    OpeningBalance() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableOpeningBalance.builder();
    }

    /**
     * @param firstPeriod  the first period the SDK computes, not null
     * @return a balance with nothing carried in, never null
     */
    public static OpeningBalance none(ReportingPeriod firstPeriod) {
        return builder().firstPeriod(firstPeriod).build();
    }

    /** @return the first period the SDK computes from this balance, never null */
    public abstract ReportingPeriod firstPeriod();

    /** @return the periods carried in, as given */
    public abstract List<CarriedPeriod> periods();

    /** @return the consecutive-period counters, each ending with the period before {@link #firstPeriod()} */
    public abstract List<KpiStreak> streaks();

    /** @return true if nothing is carried in */
    public boolean isEmpty() {
        return periods().isEmpty() && streaks().isEmpty();
    }

    /** @return the currency of the money carried in, if any */
    public Optional<Currency> currency() {
        return periods().stream().map(CarriedPeriod::currency).flatMap(Optional::stream).findFirst();
    }

    /**
     * The carried periods oldest first, with each streak written into the periods it covers (a
     * period a streak covers but no carried period gives is added with only that status).
     *
     * @return the history the components read, oldest first, never null
     */
    public List<CarriedPeriod> history() {
        Map<ReportingPeriod, CarriedPeriod> byPeriod = new TreeMap<>();
        periods().forEach(p -> byPeriod.put(p.period(), p));
        for (KpiStreak s : streaks()) {
            for (int k = 1; k <= s.periods(); k++) {
                ReportingPeriod p = firstPeriod().plus(-k);
                CarriedPeriod c = byPeriod.get(p);
                if (c == null) {
                    byPeriod.put(p, CarriedPeriod.builder().period(p).putKpiStatuses(s.kpiId(), s.status()).build());
                } else if (!c.kpiStatuses().containsKey(s.kpiId())) {
                    byPeriod.put(p, withStatus(c, s.kpiId(), s.status()));
                }
            }
        }
        return List.copyOf(byPeriod.values());
    }

    private static CarriedPeriod withStatus(CarriedPeriod c, String kpiId, KpiStatus status) {
        CarriedPeriod.Builder b = CarriedPeriod.builder().period(c.period()).putAllAmounts(c.amounts())
                .addAllCredits(c.credits()).putAllKpiStatuses(c.kpiStatuses()).putKpiStatuses(kpiId, status)
                .score(c.score()).limits(c.limits());
        c.charge().ifPresent(b::charge);
        return b.build();
    }

    /**
     * @param componentId  a component id, not null
     * @return Σ of the component's carried-in amounts, zero in the balance's currency when it has
     *         none, empty when the balance has no money at all
     */
    public Optional<Money> totalOf(String componentId) {
        return currency().map(c -> periods().stream().map(p -> p.amountOf(componentId)).flatMap(Optional::stream)
                .reduce(Money.zero(c), Money::plus));
    }

    /**
     * What the balance holds, in words: one step per carried period and streak.
     *
     * @return the explanation, never null
     */
    public Explanation explanation() {
        Explanation.Builder ex = Explanation.builder("Opening balance before " + firstPeriod());
        if (isEmpty()) {
            ex.add(StepKind.INPUT, "nothing carried in");
        }
        for (CarriedPeriod p : history()) {
            List<String> parts = new ArrayList<>();
            p.charge().ifPresent(c -> parts.add("charge " + c));
            for (String id : p.componentIds()) {
                parts.add(id + " " + p.amountOf(id).orElseThrow());
            }
            p.credits().forEach(c -> parts.add("credit of " + c.componentId() + " for " + c.kpiId() + " " + c.amount()));
            new TreeMap<>(p.kpiStatuses()).forEach((k, s) -> parts.add(k + " " + s));
            p.score().ifPresent(s -> parts.add("score " + s.toPlainString()));
            ex.add(Step.of(StepKind.INPUT, "carried in " + p.period() + ": " + (parts.isEmpty() ? "nothing" : String.join(", ", parts))));
        }
        for (KpiStreak s : streaks()) {
            ex.add(StepKind.INPUT, "carried in: " + s.kpiId() + " " + s.status() + " in each of the last " + s.periods()
                    + " period(s) before " + firstPeriod());
        }
        return ex.build();
    }

    /**
     * The rules only the scheme can judge: every component with a carried amount or credit is one of
     * the scheme's components, and a period with a credit an at-risk pool can earn back gives its charge.
     *
     * @param scheme  the scheme the balance opens, not null
     * @return the violations, empty if none, never null
     */
    public List<Violation> violationsAgainst(IncentiveScheme scheme) {
        Violations v = Violations.of("OpeningBalance");
        for (CarriedPeriod p : periods()) {
            for (String id : p.componentIds()) {
                v.require(scheme.component(id).isPresent(), "periods[" + p.period() + "].amounts." + id, id,
                        () -> "carried-in amount of '" + id + "' in " + p.period() + ": the scheme has no component '" + id + "'");
            }
            for (CarriedCredit c : p.credits()) {
                boolean earnBack = scheme.component(c.componentId()).filter(AtRiskPool.class::isInstance)
                        .map(x -> ((AtRiskPool) x).earnBackPeriods().isPresent()).orElse(false);
                v.require(!earnBack || p.charge().isPresent(), "periods[" + p.period() + "].charge", null,
                        () -> "carried-in credit of '" + c.componentId() + "' for '" + c.kpiId() + "' in " + p.period()
                                + " can be earned back, which needs the period's charge (the pool of that period)");
            }
        }
        return v.list();
    }

    @Value.Check
    void check() {
        if (!plain()) {
            checkFully();
        }
    }

    /**
     * True if {@link #checkFully()} finds nothing, tested without a collector or a message: no streak, and the
     * periods, none null, strictly in order (so none twice), of the first period's granularity, before it, in one
     * currency (a closing balance the calculator makes passes it).
     */
    boolean plain() {
        if (firstPeriod() == null || !streaks().isEmpty()) {
            return false;
        }
        List<CarriedPeriod> periods = periods();
        Currency currency = null;
        ReportingPeriod previous = null;
        for (int i = 0, n = periods.size(); i < n; i++) {
            CarriedPeriod p = periods.get(i);
            if (p == null) {
                return false;
            }
            ReportingPeriod period = p.period();
            if (period.granularity() != firstPeriod().granularity() || period.compareTo(firstPeriod()) >= 0
                    || (previous != null && period.compareTo(previous) <= 0)) {
                return false;
            }
            Optional<Currency> c = p.currency();
            if (c.isPresent()) {
                if (currency != null && !currency.equals(c.get())) {
                    return false;
                }
                currency = c.get();
            }
            previous = period;
        }
        return true;
    }

    /** Names every rule the balance breaks; {@link #plain()} is true only when it would find nothing. */
    void checkFully() {
        Violations attrs = Violations.of("OpeningBalance");
        attrs.required("firstPeriod", firstPeriod());
        attrs.requiredAll("periods", periods());
        attrs.requiredAll("streaks", streaks());
        attrs.throwIfAny();
        Violations v = Violations.of("OpeningBalance before " + firstPeriod());
        Set<ReportingPeriod> seen = new HashSet<>();
        Optional<Currency> currency = currency();
        for (int i = 0; i < periods().size(); i++) {
            ReportingPeriod p = periods().get(i).period();
            String path = "periods[" + i + "]";
            v.require(seen.add(p), path, p, () -> "period " + p + " is carried in twice");
            v.require(p.granularity() == firstPeriod().granularity(), path, p, () -> "carried-in period " + p + " is a "
                    + p.granularity() + ", the first period " + firstPeriod() + " a " + firstPeriod().granularity()
                    + ": one history has one granularity");
            v.require(p.compareTo(firstPeriod()) < 0, path, p, () -> "carried-in period " + p + " is not before the first period "
                    + firstPeriod());
            Optional<Currency> c = periods().get(i).currency();
            if (c.isPresent() && currency.isPresent()) {
                v.require(c.get().equals(currency.get()), path, c.get(), () -> "carried-in period " + p + " is in "
                        + c.get().getCurrencyCode() + ", an earlier one in " + currency.get().getCurrencyCode());
            }
        }
        Set<String> streakKpis = new HashSet<>();
        for (KpiStreak s : streaks()) {
            v.require(streakKpis.add(s.kpiId()), "streaks", s.kpiId(), () -> "kpi '" + s.kpiId() + "' has two streaks");
            for (CarriedPeriod p : periods()) {
                KpiStatus given = p.kpiStatuses().get(s.kpiId());
                boolean covered = p.period().compareTo(firstPeriod().plus(-s.periods())) >= 0;
                v.require(given == null || !covered || given == s.status(), "streaks", s.kpiId(), () -> "streak of '"
                        + s.kpiId() + "' " + s.status() + " for " + s.periods() + " periods covers " + p.period()
                        + ", which is carried in as " + given);
            }
        }
        v.throwIfAny();
    }

    /**
     * A builder of {@link OpeningBalance}; the first period is required.
     * <p>
     * Obtained from {@link OpeningBalance#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * @param firstPeriod  the first period the SDK computes
         * @return this builder
         */
        Builder firstPeriod(ReportingPeriod firstPeriod);

        /**
         * @param period  a carried period
         * @return this builder
         */
        Builder addPeriods(CarriedPeriod period);

        /**
         * @param periods  carried periods
         * @return this builder
         */
        Builder addPeriods(CarriedPeriod... periods);

        /**
         * @param periods  carried periods
         * @return this builder
         */
        Builder addAllPeriods(Iterable<? extends CarriedPeriod> periods);

        /**
         * @param streak  a consecutive-period counter
         * @return this builder
         */
        Builder addStreaks(KpiStreak streak);

        /**
         * @param streaks  consecutive-period counters
         * @return this builder
         */
        Builder addAllStreaks(Iterable<? extends KpiStreak> streaks);

        /**
         * Adds a counter: the KPI had the status in each of the last {@code periods} periods.
         *
         * @param kpiId  the KPI, not null
         * @param status  the status, not null
         * @param periods  how many periods, at least 1
         * @return this builder
         * @throws ValidationException if the streak is invalid
         */
        default Builder streak(String kpiId, KpiStatus status, int periods) {
            return addStreaks(KpiStreak.of(kpiId, status, periods));
        }

        /**
         * @return the opening balance, never null
         * @throws ValidationException listing every problem of the value
         */
        OpeningBalance build();
    }
}
