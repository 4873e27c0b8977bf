package dev.partnering.analysis;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.CreditBand;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.ServiceCreditTiers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;

/**
 * Analyses the balance of an incentive scheme before it is signed: the supplier's maximum upside
 * and downside per period and per year, their ratio, and warnings such as "penalty-only scheme: no
 * upside for the supplier", "KPI with allocation but no data source", "allocations sum below 100 %
 * of the pool" and "cap below the smallest possible credit". A customer that only chases
 * penalties rarely gets what it wants; one without effective sanctions neither.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BalanceAnalyzer {

    /** The decimals of the upside-to-downside ratio: the exact quotient rounded once, HALF_EVEN. */
    private static final int RATIO_DECIMALS = 6;

    private BalanceAnalyzer() {
    }

    /**
     * @param agreement  the agreement (for KPI data sources and the currency), not null
     * @param scheme  the scheme, not null
     * @param periodFee  the period fee to assume, in the agreement's currency, not null
     * @param periodsPerYear  periods per year (12 for months), 1 to 366
     * @return the report, never null
     * @throws ValidationException if the fee is in another currency or periodsPerYear is out of range
     */
    public static BalanceReport analyze(Agreement agreement, IncentiveScheme scheme, Money periodFee, int periodsPerYear) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(periodFee, "periodFee");
        List<Violation> v = new ArrayList<>();
        if (!agreement.isInCurrency(periodFee)) {
            v.add(Violation.of("periodFee", periodFee, "period fee " + periodFee + " is not in " + agreement.currency().getCurrencyCode()));
        }
        if (periodsPerYear < 1 || periodsPerYear > 366) {
            v.add(Violation.of("periodsPerYear", periodsPerYear, "periods per year " + periodsPerYear + " must be 1 to 366"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException("Balance analysis", v);
        }
        Explanation.Builder ex = Explanation.builder("Balance of the incentive scheme of " + agreement.id());
        ex.add(Step.of(StepKind.INPUT, "period fee " + periodFee + ", " + periodsPerYear + " periods per year"));
        Optional<Money> up = Optional.of(Money.zero(periodFee.currency()));
        Optional<Money> down = Optional.of(Money.zero(periodFee.currency()));
        Optional<Money> upYear = up;
        Optional<Money> downYear = down;
        for (IncentiveComponent c : scheme.components()) {
            Exposure y = c.exposurePerYear(periodFee, periodsPerYear);
            // one period is also within what the whole year allows
            Exposure e = within(c.exposure(periodFee), y);
            ex.add(Step.of(StepKind.COMPUTATION, c.type() + " '" + c.id() + "': upside "
                    + e.upside().map(Money::toString).orElse("unbounded") + ", downside "
                    + e.downside().map(Money::toString).orElse("unbounded") + yearly(e, y, periodsPerYear)));
            up = up.flatMap(u -> e.upside().map(u::plus));
            down = down.flatMap(d -> e.downside().map(d::plus));
            upYear = upYear.flatMap(u -> y.upside().map(u::plus));
            downYear = downYear.flatMap(d -> y.downside().map(d::plus));
        }
        if (scheme.cap().isPresent()) {
            Money cap = scheme.cap().get().resolve(periodFee).rounded();
            up = Optional.of(up.map(u -> u.min(cap)).orElse(cap));
            ex.add(Step.of(StepKind.RULE, "net cap " + scheme.cap().get().describe() + " = " + cap));
        }
        if (scheme.floor().isPresent()) {
            Money floor = scheme.floor().get().resolve(periodFee).rounded();
            down = Optional.of(down.map(d -> d.min(floor)).orElse(floor));
            ex.add(Step.of(StepKind.RULE, "net floor " + scheme.floor().get().describe() + " = -" + floor));
        }
        // a year is at most the periods' limits (after the net floor and cap) and the components' yearly caps
        BigDecimal n = BigDecimal.valueOf(periodsPerYear);
        upYear = least(upYear, up.map(u -> u.multipliedBy(n)));
        downYear = least(downYear, down.map(d -> d.multipliedBy(n)));
        Optional<BigDecimal> ratio = up.isPresent() && down.isPresent() && down.get().isPositive()
                ? Optional.of(Decimals.quotient(up.get().amount(), down.get().amount(), RATIO_DECIMALS)) : Optional.empty();
        List<String> warnings = warnings(agreement, scheme, periodFee, up, down);
        ex.add(Step.of(StepKind.COMPUTATION, "per year of " + periodsPerYear + " periods: upside "
                + upYear.map(Money::toString).orElse("unbounded") + ", downside " + downYear.map(Money::toString).orElse("unbounded")));
        ex.add(Step.of(StepKind.RESULT, "upside " + up.map(Money::toString).orElse("unbounded") + ", downside "
                + down.map(Money::toString).orElse("unbounded") + " per period" + ratio.map(r -> ", ratio "
                        + Decimals.display(r, 4)).orElse("")));
        warnings.forEach(w -> ex.add(Step.of(StepKind.WARNING, w)));
        return new BalanceReport(periodFee, periodsPerYear, up, down, upYear, downYear, ratio, warnings, ex.build());
    }

    /**
     * Analyses a multi-supplier agreement per supplier and for the whole: each supplier's own scheme
     * and the joint scheme as {@link #analyze} does, each supplier's exposure per period (its own
     * scheme's plus its share of the joint scheme's) and the whole's (every own scheme's plus the
     * joint scheme's). A supplier without an own scheme and without a share has no exposure (zero).
     *
     * @param agreement  the agreement, with per-supplier schemes and/or a joint arrangement, not null
     * @param periodFee  the period fee to assume, in the agreement's currency, not null
     * @param periodsPerYear  periods per year (12 for months), 1 to 366
     * @return the balance per supplier and for the whole, never null
     * @throws ValidationException if the agreement has neither per-supplier schemes nor a joint scheme, the fee
     *         is in another currency or periodsPerYear is out of range
     * @since 0.1.0
     */
    public static MultiSupplierBalance analyzeSuppliers(Agreement agreement, Money periodFee, int periodsPerYear) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(periodFee, "periodFee");
        Optional<IncentiveScheme> jointScheme = agreement.jointArrangement().flatMap(j -> j.jointScheme());
        if (agreement.supplierSchemes().isEmpty() && jointScheme.isEmpty()) {
            throw new ValidationException("Balance analysis", List.of(Violation.of("supplierSchemes", 0, "agreement '"
                    + agreement.id() + "' has neither per-supplier schemes nor a joint scheme to analyse")));
        }
        Explanation.Builder ex = Explanation.builder("Balance per supplier of " + agreement.id());
        Money zero = Money.zero(agreement.currency());
        Map<String, BalanceReport> own = new java.util.LinkedHashMap<>();
        Optional<BalanceReport> joint = Optional.empty();
        if (jointScheme.isPresent()) {
            joint = Optional.of(analyze(agreement, jointScheme.get(), periodFee, periodsPerYear));
            ex.add(joint.get().explanation().asStep());
        }
        Optional<Money> wholeUp = joint.isPresent() ? joint.get().upsidePerPeriod() : Optional.of(zero);
        Optional<Money> wholeDown = joint.isPresent() ? joint.get().downsidePerPeriod() : Optional.of(zero);
        Map<String, Exposure> suppliers = new java.util.LinkedHashMap<>();
        for (dev.partnering.party.Party supplier : agreement.suppliers()) {
            String id = supplier.id();
            Optional<IncentiveScheme> scheme = agreement.supplierScheme(id);
            Optional<Money> up = Optional.of(zero);
            Optional<Money> down = Optional.of(zero);
            if (scheme.isPresent()) {
                BalanceReport r = analyze(agreement, scheme.get(), periodFee, periodsPerYear);
                own.put(id, r);
                ex.add(r.explanation().asStep());
                up = r.upsidePerPeriod();
                down = r.downsidePerPeriod();
                wholeUp = wholeUp.flatMap(w -> r.upsidePerPeriod().map(w::plus));
                wholeDown = wholeDown.flatMap(w -> r.downsidePerPeriod().map(w::plus));
            }
            BigDecimal share = agreement.jointArrangement().map(j -> j.sharesPercent().get(id)).orElse(null);
            if (joint.isPresent() && share != null) {
                BalanceReport j = joint.get();
                up = up.flatMap(u -> j.upsidePerPeriod().map(x -> u.plus(x.percent(share).rounded())));
                down = down.flatMap(d -> j.downsidePerPeriod().map(x -> d.plus(x.percent(share).rounded())));
            }
            Exposure e = new Exposure(up, down);
            suppliers.put(id, e);
            ex.add(Step.of(StepKind.COMPUTATION, "supplier " + id + ": own scheme " + (scheme.isPresent() ? "" : "none ")
                    + (share == null || joint.isEmpty() ? "" : "+ " + Decimals.plain(share) + " % of the joint scheme ")
                    + "→ upside " + e.upside().map(Money::toString).orElse("unbounded") + ", downside "
                    + e.downside().map(Money::toString).orElse("unbounded") + " per period"));
        }
        Exposure whole = new Exposure(wholeUp, wholeDown);
        ex.add(Step.of(StepKind.RESULT, "all suppliers: upside " + whole.upside().map(Money::toString).orElse("unbounded")
                + ", downside " + whole.downside().map(Money::toString).orElse("unbounded")
                + " per period (every own scheme plus the joint scheme)"));
        return new MultiSupplierBalance(own, joint, suppliers, whole, ex.build());
    }

    private static Exposure within(Exposure period, Exposure year) {
        return new Exposure(least(period.upside(), year.upside()), least(period.downside(), year.downside()));
    }

    private static Optional<Money> least(Optional<Money> a, Optional<Money> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().min(b.get()));
        }
        return a.isPresent() ? a : b;
    }

    /** @return e.g. {@code "; per year: downside 150000.00 SEK (a yearly cap)"} when a yearly cap bounds the year further */
    private static String yearly(Exposure period, Exposure year, int periodsPerYear) {
        BigDecimal n = BigDecimal.valueOf(periodsPerYear);
        boolean upCapped = year.upside().isPresent() && !period.upside().map(u -> u.multipliedBy(n)).equals(year.upside());
        boolean downCapped = year.downside().isPresent() && !period.downside().map(d -> d.multipliedBy(n)).equals(year.downside());
        if (!upCapped && !downCapped) {
            return "";
        }
        return "; per year, within its yearly or rolling cap: upside " + year.upside().map(Money::toString).orElse("unbounded")
                + ", downside " + year.downside().map(Money::toString).orElse("unbounded");
    }

    private static List<String> warnings(Agreement agreement, IncentiveScheme scheme, Money fee, Optional<Money> up,
            Optional<Money> down) {
        List<String> w = new ArrayList<>();
        if (up.isPresent() && up.get().isZero() && down.map(Money::isPositive).orElse(true)) {
            w.add("penalty-only scheme: no upside for the supplier");
        }
        if (down.isPresent() && down.get().isZero() && up.map(Money::isPositive).orElse(true)) {
            w.add("no downside for the supplier: the scheme has no effective sanctions");
        }
        Optional<Money> floor = scheme.floor().map(f -> f.resolve(fee).rounded());
        for (IncentiveComponent c : scheme.components()) {
            if (c instanceof AtRiskPool pool) {
                poolWarnings(agreement, pool, fee, floor, w);
            }
            if (c instanceof ServiceCreditTiers t && t.periodCapPercent().isPresent()) {
                BigDecimal smallest = t.bands().stream().map(CreditBand::creditPercent).filter(p -> p.signum() > 0)
                        .min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
                if (smallest.compareTo(t.periodCapPercent().get()) > 0) {
                    w.add("service-credit tiers '" + t.id() + "': period cap " + Decimals.plain(t.periodCapPercent().get())
                            + " % is below the smallest possible credit " + Decimals.plain(smallest) + " %");
                }
            }
        }
        return w;
    }

    private static void poolWarnings(Agreement agreement, AtRiskPool pool, Money fee, Optional<Money> floor, List<String> w) {
        BigDecimal sum = BigDecimal.ZERO;
        Money poolAmount = fee.percent(pool.atRiskPercent()).rounded();
        for (Map.Entry<String, BigDecimal> e : new java.util.TreeMap<>(pool.allocations()).entrySet()) {
            sum = sum.add(e.getValue());
            List<KpiDefinition> versions = agreement.kpiVersions(e.getKey());
            if (!versions.isEmpty() && versions.get(versions.size() - 1).dataSource().isEmpty()) {
                w.add("KPI with allocation but no data source: '" + e.getKey() + "' carries "
                        + Decimals.plain(e.getValue()) + " % of pool '" + pool.id() + "'");
            }
            Money credit = poolAmount.percent(e.getValue()).rounded();
            if (floor.isPresent() && floor.get().isLessThan(credit)) {
                w.add("cap below the smallest possible credit: the net floor " + floor.get() + " is below the credit "
                        + credit + " for '" + e.getKey() + "'");
            }
        }
        if (sum.compareTo(BigDecimal.valueOf(100)) < 0) {
            w.add("allocations sum below 100 % of the pool '" + pool.id() + "': " + Decimals.plain(sum)
                    + " %, so the full pool can never be at risk");
        }
    }
}
