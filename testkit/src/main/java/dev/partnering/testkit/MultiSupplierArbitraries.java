package dev.partnering.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.term.ContractTerm;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of agreements with several suppliers in one room: 2 to 4 suppliers (the first one
 * lead, or none), 1 or 2 customers, one to two KPIs per supplier answered for by it alone, one
 * joint KPI and now and then a customer-side KPI; a scheme per supplier (an at-risk pool over its
 * own KPIs and a bonus curve on its own score, now and then a floor and cap), and a joint
 * arrangement (a shared gain share and a bonus on the joint score, shares adding up to 100 %,
 * lead pass-through when there is a lead).
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MultiSupplierArbitraries {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private MultiSupplierArbitraries() {
    }

    /** @return multi-supplier agreements with per-supplier schemes and a joint arrangement, never null */
    public static Arbitrary<Agreement> agreements() {
        Arbitrary<Integer> suppliers = Arbitraries.integers().between(2, 4);
        return suppliers.flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(1, 2),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 2).list().ofSize(n),
                Arbitraries.of(true, false),
                shares(n),
                schemes(n),
                jointScheme(),
                Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("500000")).ofScale(2))
                .as((customers, lead, kpisPerSupplier, customerKpi, shares, schemes, joint, fee) ->
                        build(n, customers, lead, kpisPerSupplier, customerKpi, shares, schemes, joint, fee)));
    }

    /** @return agreements with the measurements of 1 to 3 months and a gain-share cost outcome per month, never null */
    public static Arbitrary<MultiSupplierCase> cases() {
        return agreements().flatMap(a -> Arbitraries.integers().between(1, 3).flatMap(months -> {
            List<ReportingPeriod> periods = new ArrayList<>();
            for (int i = 0; i < months; i++) {
                periods.add(ReportingPeriod.month(YearMonth.of(2026, 1 + i)));
            }
            List<Arbitrary<Measurement>> each = new ArrayList<>();
            for (ReportingPeriod p : periods) {
                for (String id : a.kpiIds()) {
                    each.add(PartneringArbitraries.measurements(a.kpiVersions(id).get(0), p));
                }
            }
            Arbitrary<List<CostOutcome>> costs = PartneringArbitraries.costOutcomes(SEK).list().ofSize(months);
            return Combinators.combine(Combinators.combine(each).as(List::copyOf), costs).as((ms, cs) -> {
                Map<ReportingPeriod, Map<String, CostOutcome>> byPeriod = new LinkedHashMap<>();
                for (int i = 0; i < months; i++) {
                    byPeriod.put(periods.get(i), Map.of("joint-gain", cs.get(i)));
                }
                return new MultiSupplierCase(a, periods, ms, byPeriod);
            });
        }));
    }

    /** @return n shares in whole percent adding up to 100, never null */
    private static Arbitrary<List<BigDecimal>> shares(int n) {
        return Arbitraries.integers().between(0, 100).list().ofSize(n - 1).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(Integer::compare);
            List<BigDecimal> result = new ArrayList<>();
            int before = 0;
            for (int c : sorted) {
                result.add(BigDecimal.valueOf(c - before));
                before = c;
            }
            result.add(BigDecimal.valueOf(100 - before));
            return result;
        });
    }

    /** The parameters of each supplier's scheme: at-risk %, allocation %, bonus at 0 and at 1, bounded. */
    private record SchemeSpec(BigDecimal atRisk, BigDecimal allocation, BigDecimal malus, BigDecimal bonus, boolean bounded) {
    }

    private static Arbitrary<List<SchemeSpec>> schemes(int n) {
        return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.TEN).ofScale(1),
                Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("-5000"), BigDecimal.ZERO).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2),
                Arbitraries.of(true, false)).as(SchemeSpec::new).list().ofSize(n);
    }

    private static Arbitrary<SchemeSpec> jointScheme() {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("-3000"), BigDecimal.ZERO).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3000")).ofScale(2),
                Arbitraries.of(true, false)).as(SchemeSpec::new);
    }

    private static Agreement build(int n, int customers, boolean lead, List<Integer> kpisPerSupplier, boolean customerKpi,
            List<BigDecimal> shares, List<SchemeSpec> specs, SchemeSpec joint, BigDecimal fee) {
        Agreement.Builder b = Agreement.builder().id("multi").title("Several suppliers in one room").currency(SEK)
                .term(ContractTerm.builder().startDate(START).initialDuration(Period.ofYears(3)).build())
                .governance(governance())
                .feeSchedule(FeeSchedule.monthly(Money.of(fee, SEK), YearMonth.of(2026, 1), YearMonth.of(2028, 12)));
        for (int c = 1; c <= customers; c++) {
            b.addParties(Party.customer("customer-" + c, "Customer " + c));
        }
        List<String> suppliers = new ArrayList<>();
        for (int s = 1; s <= n; s++) {
            String id = "supplier-" + s;
            suppliers.add(id);
            b.addParties(lead && s == 1 ? Party.leadSupplier(id, "Supplier " + s) : Party.supplier(id, "Supplier " + s));
        }
        JointArrangement.Builder arrangement = JointArrangement.builder().leadPassThrough(lead);
        for (int s = 0; s < n; s++) {
            String id = suppliers.get(s);
            List<String> own = new ArrayList<>();
            for (int k = 1; k <= kpisPerSupplier.get(s); k++) {
                String kpi = id + "-kpi-" + k;
                own.add(kpi);
                b.addKpis(kpi(kpi, (s + k) % 2 == 0, Accountability.supplier(id)));
            }
            SchemeSpec spec = specs.get(s);
            AtRiskPool.Builder pool = AtRiskPool.builder().id(id + "-credits").atRiskPercent(spec.atRisk());
            own.forEach(k -> pool.allocate(k, spec.allocation()));
            IncentiveScheme.Builder scheme = IncentiveScheme.builder().supplier(id)
                    .addComponents(pool.build(), curve(id + "-bonus", spec));
            if (spec.bounded()) {
                scheme.floor(Bound.percentOfFee(new BigDecimal("5"))).cap(Bound.percentOfFee(new BigDecimal("1")));
            }
            b.addSupplierSchemes(scheme.build());
            arrangement.share(id, shares.get(s));
        }
        b.addKpis(kpi("joint-kpi", false, Accountability.joint()));
        if (customerKpi) {
            b.addKpis(kpi("customer-kpi", true, Accountability.customerSide()));
        }
        IncentiveScheme.Builder jointScheme = IncentiveScheme.builder()
                .addComponents(GainShare.builder().id("joint-gain").tier(Money.zero(SEK), joint.atRisk())
                        .painSharePercent(joint.allocation()).build(), curve("joint-bonus", joint));
        if (joint.bounded()) {
            jointScheme.cap(Bound.percentOfFee(new BigDecimal("2")));
        }
        return b.jointArrangement(arrangement.jointScheme(jointScheme.build()).build()).build();
    }

    private static BonusMalusCurve curve(String id, SchemeSpec spec) {
        return BonusMalusCurve.builder().id(id).unit(BonusMalusCurve.Unit.AMOUNT).point(BigDecimal.ZERO, spec.malus())
                .point(BigDecimal.ONE, spec.bonus()).build();
    }

    private static KpiDefinition kpi(String id, boolean lowerIsBetter, Accountability who) {
        KpiDefinition.Builder k = KpiDefinition.builder().id(id).name(id).unit("points").effectiveFrom(START).accountability(who);
        return lowerIsBetter
                ? k.direction(Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("80"), new BigDecimal("20")).build()
                : k.direction(Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("20"), new BigDecimal("80"),
                        new BigDecimal("95")).build();
    }

    private static Governance governance() {
        EscalationPolicy.Builder escalation = EscalationPolicy.builder();
        for (GovernanceLevel level : GovernanceLevel.values()) {
            escalation.putTimeAllowed(level, Duration.ofDays(5L << (2 - level.ordinal())));
        }
        return Governance.builder().addLevels(GovernanceLevel.values()).escalationPolicy(escalation.build()).build();
    }
}
