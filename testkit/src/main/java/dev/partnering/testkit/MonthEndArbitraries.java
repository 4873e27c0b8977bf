package dev.partnering.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.KpiStreak;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for month-end operation: opening balances for an agreement's scheme, standings and
 * remedy follow-ups, each valid by construction (built through the SDK's builders). They shrink
 * toward nothing carried in, fewer bands and an open follow-up.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MonthEndArbitraries {

    private MonthEndArbitraries() {
    }

    /**
     * Opening balances of the agreement's scheme before {@code firstPeriod}: 0 to 12 carried periods
     * among the twelve before it (each with the charge of the fee schedule or none (always the charge
     * when it carries a credit per KPI), an amount for some
     * of the scheme's components (credits and penalties negative, others of either sign), credits per
     * KPI for at-risk pools and service-credit tiers, statuses of some KPIs and a score) and 0 to 2
     * streaks of KPIs whose statuses the carried periods do not give.
     *
     * @param agreement  an agreement with an incentive scheme, not null
     * @param firstPeriod  the first period the SDK computes, not null
     * @return an arbitrary of opening balances, never null
     * @throws IllegalArgumentException if the agreement has no incentive scheme
     */
    public static Arbitrary<OpeningBalance> openingBalances(Agreement agreement, ReportingPeriod firstPeriod) {
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        IncentiveScheme scheme = agreement.incentiveScheme().orElseThrow(() -> new IllegalArgumentException(
                "openingBalances(agreement, period): agreement '" + agreement.id() + "' has no incentive scheme"));
        List<String> kpis = agreement.kpiIds();
        Arbitrary<List<CarriedPeriod>> periods = Arbitraries.integers().between(1, 12).set().ofMaxSize(12)
                .flatMap(offsets -> {
                    List<Arbitrary<CarriedPeriod>> each = new ArrayList<>();
                    offsets.stream().sorted((a, b) -> b - a)
                            .forEach(k -> each.add(carried(agreement, scheme, kpis, firstPeriod.plus(-k))));
                    return Combinators.combine(each).as(List::copyOf);
                });
        return periods.flatMap(ps -> streaks(kpis, ps).map(ss -> OpeningBalance.builder().firstPeriod(firstPeriod)
                .addAllPeriods(ps).addAllStreaks(ss).build()));
    }

    private static Arbitrary<CarriedPeriod> carried(Agreement agreement, IncentiveScheme scheme, List<String> kpis,
            ReportingPeriod period) {
        Optional<Money> fee = agreement.feeSchedule().feeFor(period).map(Money::rounded);
        Money base = fee.orElse(Money.of(new BigDecimal("1000.00"), agreement.currency()).rounded());
        Arbitrary<List<Object[]>> amounts = Arbitraries.of(scheme.components()).list().uniqueElements().ofMaxSize(3)
                .flatMap(cs -> {
                    List<Arbitrary<Object[]>> each = new ArrayList<>();
                    for (IncentiveComponent c : cs) {
                        each.add(share(base).map(m -> new Object[] {c, signed(c, m)}));
                    }
                    return Combinators.combine(each).as(List::copyOf);
                });
        Arbitrary<List<String>> statusKpis = Arbitraries.of(kpis).list().uniqueElements().ofMaxSize(kpis.size());
        Arbitrary<List<KpiStatus>> statuses = Arbitraries.of(KpiStatus.class).list().ofSize(kpis.size());
        Arbitrary<Optional<BigDecimal>> score = Arbitraries.integers().between(0, 1200)
                .map(i -> BigDecimal.valueOf(i, 3)).optional(0.7);
        return Combinators.combine(Arbitraries.of(true, false), amounts, statusKpis, statuses, score)
                .as((withCharge, as, ks, ss, sc) -> {
                    CarriedPeriod.Builder b = CarriedPeriod.builder().period(period).score(sc);
                    boolean credits = fee.isPresent() && as.stream().anyMatch(a -> creditKpi((IncentiveComponent) a[0]).isPresent());
                    if (withCharge || credits) {
                        fee.ifPresent(b::charge);
                    }
                    for (Object[] a : as) {
                        IncentiveComponent c = (IncentiveComponent) a[0];
                        Money m = (Money) a[1];
                        Optional<String> kpi = creditKpi(c);
                        if (kpi.isPresent() && fee.isPresent() && m.isNegative()) {
                            b.credit(c.id(), kpi.get(), m.negated());
                        } else {
                            b.putAmounts(c.id(), m);
                        }
                    }
                    for (int i = 0; i < ks.size(); i++) {
                        b.putKpiStatuses(ks.get(i), ss.get(i));
                    }
                    return b.build();
                });
    }

    /** A share of 0 to 20 % of the base, rounded to the minor unit. */
    private static Arbitrary<Money> share(Money base) {
        return Arbitraries.integers().between(0, 2000).map(bp -> base.percent(BigDecimal.valueOf(bp, 2)).rounded());
    }

    private static Money signed(IncentiveComponent c, Money m) {
        boolean alwaysNegative = c instanceof AtRiskPool || c instanceof ServiceCreditTiers
                || c instanceof dev.partnering.incentive.Penalty;
        return alwaysNegative ? m.negated() : m;
    }

    private static Optional<String> creditKpi(IncentiveComponent c) {
        if (c instanceof ServiceCreditTiers t) {
            return Optional.of(t.kpiId());
        }
        if (c instanceof AtRiskPool p) {
            return p.allocations().keySet().stream().sorted().findFirst();
        }
        return Optional.empty();
    }

    private static Arbitrary<List<KpiStreak>> streaks(List<String> kpis, List<CarriedPeriod> periods) {
        List<String> free = kpis.stream().filter(k -> periods.stream().noneMatch(p -> p.kpiStatuses().containsKey(k))).toList();
        if (free.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.of(free).list().uniqueElements().ofMaxSize(Math.min(2, free.size())).flatMap(ks -> {
            List<Arbitrary<KpiStreak>> each = new ArrayList<>();
            for (String k : ks) {
                each.add(Combinators.combine(Arbitraries.of(KpiStatus.class), Arbitraries.integers().between(1, 6))
                        .as((s, n) -> KpiStreak.of(k, s, n)));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
    }

    /**
     * Standings of 1 to 5 bands named {@code band-1} (the highest) onwards, the lowest from 0, the
     * others from distinct minima between 0.01 and 1.20.
     *
     * @return an arbitrary of standings, never null
     */
    public static Arbitrary<Standings> standings() {
        return Arbitraries.integers().between(1, 120).set().ofMaxSize(4).map(minima -> {
            List<StandingBand> bands = new ArrayList<>();
            List<Integer> sorted = minima.stream().sorted((a, b) -> b - a).toList();
            for (int i = 0; i < sorted.size(); i++) {
                bands.add(StandingBand.of("band-" + (i + 1), BigDecimal.valueOf(sorted.get(i), 2)));
            }
            bands.add(StandingBand.of("band-" + (sorted.size() + 1), BigDecimal.ZERO, "remediation plan"));
            return new Standings(bands);
        });
    }

    /**
     * Remedy follow-ups of a finding in {@code period}: open, acknowledged, with a plan due 0 to 90 days
     * after the acknowledgement, or closed 0 to 120 days after it.
     *
     * @param period  the period of the finding, not null
     * @return an arbitrary of follow-ups, never null
     */
    public static Arbitrary<RemedyFollowUp> remedyFollowUps(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        LocalDate found = period.end().plusDays(1);
        return Combinators.combine(Arbitraries.of(Remedy.class), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(0, 120)).as((remedy, stage, ack, due, closed) -> {
                    RemedyFollowUp f = new RemedyFollowUp(period, remedy, "generated trigger", Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty());
                    LocalDate acknowledged = found.plusDays(ack);
                    if (stage >= 1) {
                        f = f.acknowledge(acknowledged);
                    }
                    if (stage >= 2) {
                        f = f.agreePlan("generated plan", acknowledged.plusDays(due));
                    }
                    if (stage >= 3) {
                        f = f.close(acknowledged.plusDays(closed));
                    }
                    return f;
                });
    }
}
