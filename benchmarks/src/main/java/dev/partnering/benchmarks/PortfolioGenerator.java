package dev.partnering.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.kpi.ValueRange;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/**
 * Generates a deterministic portfolio: N agreements × K KPIs × P monthly periods with M
 * measurements per KPI and period, mixed aggregation rules (mean, percentile, ratio, sum, last,
 * min, max), every KPI reviewed once a contract year (a new version, same thresholds), and incentive schemes (an at-risk pool on every agreement, with earn-back on every
 * second; a bonus/malus curve on every one; service-credit tiers on every third; a gain share with
 * monthly cost outcomes on every fourth; a floor and a cap on every one).
 * <p>
 * The same seed and sizes give the same portfolio: agreement {@code a} draws from its own
 * {@code SplittableRandom(seed + a)}, so agreements can be generated in parallel.
 */
public final class PortfolioGenerator {

    /** The headline size: 10,000 agreements. */
    public static final int HEADLINE_AGREEMENTS = 10_000;
    /** The headline size: 20 KPIs per agreement. */
    public static final int HEADLINE_KPIS = 20;
    /** The headline size: 36 monthly periods. */
    public static final int HEADLINE_PERIODS = 36;

    private static final Currency SEK = Money.currency("SEK");
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final Money FEE = Money.of("250000.00", "SEK");

    /** A KPI shape: direction, thresholds, rule, valid range and how its values are drawn. */
    private record Template(String name, String unit, Direction direction, String min, String target, String stretch,
            AggregationRule rule, byte primitiveRule, ValueRange range, int lowUnscaled, int highUnscaled, int scale) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Availability", "%", Direction.HIGHER_IS_BETTER, "99.0", "99.5", "99.9",
                    AggregationRule.mean(), PrimitivePortfolio.RULE_MEAN, ValueRange.percentage(), 9860, 10000, 2),
            new Template("Incident response (p95)", "h", Direction.LOWER_IS_BETTER, "8", "4", "2",
                    AggregationRule.percentile(new BigDecimal("95")), PrimitivePortfolio.RULE_P95,
                    ValueRange.atLeast(BigDecimal.ZERO), 10, 100, 1),
            new Template("User satisfaction", "1-5", Direction.HIGHER_IS_BETTER, "3.5", "4.0", "4.5",
                    AggregationRule.mean(), PrimitivePortfolio.RULE_MEAN, ValueRange.of(BigDecimal.ONE, new BigDecimal("5")),
                    30, 50, 1),
            new Template("Tickets within SLA", "ratio", Direction.HIGHER_IS_BETTER, "0.85", "0.95", "0.98",
                    AggregationRule.ratio(), PrimitivePortfolio.RULE_RATIO, ValueRange.atLeast(BigDecimal.ZERO), 150, 250, 0),
            new Template("Changes delivered", "count", Direction.HIGHER_IS_BETTER, "10", "20", "30",
                    AggregationRule.sum(), PrimitivePortfolio.RULE_SUM, ValueRange.atLeast(BigDecimal.ZERO), 0, 40, 0),
            new Template("Open incidents at month end", "count", Direction.LOWER_IS_BETTER, "50", "20", "10",
                    AggregationRule.last(), PrimitivePortfolio.RULE_LAST, ValueRange.atLeast(BigDecimal.ZERO), 0, 60, 0),
            new Template("Lowest daily availability", "%", Direction.HIGHER_IS_BETTER, "95", "98", "99.5",
                    AggregationRule.min(), PrimitivePortfolio.RULE_MIN, ValueRange.percentage(), 940, 1000, 1),
            new Template("Peak latency", "ms", Direction.LOWER_IS_BETTER, "800", "400", "250",
                    AggregationRule.max(), PrimitivePortfolio.RULE_MAX, ValueRange.atLeast(BigDecimal.ZERO), 200, 900, 0));

    private final int agreements;
    private final int kpis;
    private final int periods;
    private final int perKpi;
    private final long seed;

    private PortfolioGenerator(int agreements, int kpis, int periods, int perKpi, long seed) {
        if (agreements < 1 || kpis < 5 || periods < 1 || perKpi < 1) {
            throw new IllegalArgumentException("portfolio " + agreements + " agreements × " + kpis + " kpis × " + periods
                    + " periods × " + perKpi + " measurements: need at least 1 agreement, 5 kpis, 1 period, 1 measurement");
        }
        this.agreements = agreements;
        this.kpis = kpis;
        this.periods = periods;
        this.perKpi = perKpi;
        this.seed = seed;
    }

    /**
     * @param agreements  number of agreements, at least 1
     * @param kpis  KPIs per agreement, at least 5 (the at-risk pool allocates to the first five)
     * @param periods  monthly periods from 2024-01, at least 1
     * @param perKpi  measurements per KPI and period, at least 1
     * @param seed  the seed
     * @return the generator
     */
    public static PortfolioGenerator of(int agreements, int kpis, int periods, int perKpi, long seed) {
        return new PortfolioGenerator(agreements, kpis, periods, perKpi, seed);
    }

    /** @return the generator of the headline portfolio (10,000 × 20 × 36 × 1), seed 42 */
    public static PortfolioGenerator headline() {
        return of(HEADLINE_AGREEMENTS, HEADLINE_KPIS, HEADLINE_PERIODS, 1, 42);
    }

    /** @return the same sizes with the number of agreements multiplied by {@code factor} */
    public PortfolioGenerator times(int factor) {
        return of(agreements * factor, kpis, periods, perKpi, seed);
    }

    /** @return the portfolio, generated on all cores */
    public Portfolio generate() {
        List<ReportingPeriod> months = new ArrayList<>(periods);
        Instant[][] recordedAt = new Instant[periods][perKpi];
        YearMonth first = YearMonth.from(START);
        for (int p = 0; p < periods; p++) {
            ReportingPeriod month = ReportingPeriod.month(first.plusMonths(p));
            months.add(month);
            Instant end = month.end().plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
            for (int m = 0; m < perKpi; m++) {
                recordedAt[p][m] = end.plusSeconds(60L * m);
            }
        }
        String[] kpiIds = new String[kpis];
        for (int k = 0; k < kpis; k++) {
            kpiIds[k] = String.format("kpi-%02d", k + 1);
        }
        int kpiSlots = agreements * kpis;
        PrimitivePortfolio primitive = new PrimitivePortfolio(agreements, kpis, periods, perKpi, new byte[kpiSlots],
                new byte[kpiSlots], new double[kpiSlots], new double[kpiSlots], new double[kpiSlots], new double[kpiSlots],
                new double[kpiSlots], new double[kpiSlots * periods * perKpi], new double[kpiSlots * periods * perKpi]);
        Agreement[] agreementArray = new Agreement[agreements];
        MeasurementTable[] measurementArray = new MeasurementTable[agreements];
        @SuppressWarnings("unchecked")
        Map<ReportingPeriod, Map<String, CostOutcome>>[] costArray = new Map[agreements];
        IntStream.range(0, agreements).parallel().forEach(a -> {
            SplittableRandom random = new SplittableRandom(seed + a);
            Agreement agreement = agreement(a, kpiIds, random, primitive);
            agreementArray[a] = agreement;
            measurementArray[a] = measurements(a, agreement, months, recordedAt, random, primitive);
            costArray[a] = costs(a, months, random);
        });
        return new Portfolio(List.of(agreementArray), List.of(measurementArray), List.of(costArray), List.copyOf(months),
                primitive);
    }

    private Agreement agreement(int a, String[] kpiIds, SplittableRandom random, PrimitivePortfolio primitive) {
        List<KpiDefinition> definitions = new ArrayList<>(kpis);
        for (int k = 0; k < kpis; k++) {
            Template t = TEMPLATES.get(k % TEMPLATES.size());
            int weight = 1 + random.nextInt(3);
            // reviewed every contract year, as the parties agree to (same thresholds: the primitive
            // baseline does not look up versions)
            for (int year = 0; year < (periods + 11) / 12; year++) {
                definitions.add(KpiDefinition.builder().id(kpiIds[k]).version(year + 1).name(t.name()).unit(t.unit())
                        .direction(t.direction()).thresholds(new BigDecimal(t.min()), new BigDecimal(t.target()), new BigDecimal(t.stretch())).aggregation(t.rule())
                        .weight(BigDecimal.valueOf(weight)).validRange(t.range()).dataSource("ERP export")
                        .measurementMethod("as agreed in schedule 3").effectiveFrom(START.plusYears(year)).build());
            }
            int slot = a * kpis + k;
            primitive.rule()[slot] = t.primitiveRule();
            primitive.sign()[slot] = (byte) (t.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1);
            primitive.minimum()[slot] = Double.parseDouble(t.min());
            primitive.target()[slot] = Double.parseDouble(t.target());
            primitive.stretch()[slot] = Double.parseDouble(t.stretch());
            primitive.maxAttainment()[slot] = 1.2;
            primitive.weight()[slot] = weight;
        }
        String id = String.format("agreement-%05d", a + 1);
        int years = (periods + 11) / 12;
        return Agreement.builder().id(id).title("Portfolio agreement " + (a + 1))
                .addParties(Party.customer("customer", "Customer " + (a + 1)), Party.leadSupplier("supplier", "Supplier " + (a + 1)))
                .term(ContractTerm.of(START, Period.ofYears(years), ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6))))
                .phase(LifecyclePhase.COLLABORATION)
                .sharedVision("Stable operations at a predictable cost")
                .addGoals("Meet every KPI's target")
                .addResponsibilityAreas(ResponsibilityArea.of("operations", "Operations", "supplier"))
                .governance(GOVERNANCE)
                .addAllKpis(definitions)
                .currency(SEK)
                .feeSchedule(FeeSchedule.monthly(FEE, YearMonth.from(START), YearMonth.from(START).plusMonths(years * 12L - 1)))
                .incentiveScheme(scheme(a, kpiIds))
                .build();
    }

    private static IncentiveScheme scheme(int a, String[] kpiIds) {
        AtRiskPool.Builder pool = AtRiskPool.builder().id("service-credits").atRiskPercent(new BigDecimal("10"));
        for (int k = 0; k < 5; k++) {
            pool.allocate(kpiIds[k], new BigDecimal("20"));
        }
        if (a % 2 == 0) {
            pool.earnBackPeriods(3);
        }
        IncentiveScheme.Builder scheme = IncentiveScheme.builder().addComponents(pool.build(),
                BonusMalusCurve.builder().id("performance-bonus").point(new BigDecimal("0.5"), new BigDecimal("-5")).point(new BigDecimal("1.0"), new BigDecimal("0")).point(new BigDecimal("1.2"), new BigDecimal("5")).build());
        if (a % 3 == 0) {
            scheme.addComponents(ServiceCreditTiers.builder().id("availability-credits").kpiId(kpiIds[0])
                    .band(new BigDecimal("99.5"), new BigDecimal("2")).band(new BigDecimal("99.0"), new BigDecimal("3"))
                    .periodCapPercent(new BigDecimal("5")).rollingCapPercent(new BigDecimal("3")).build());
        }
        if (a % 4 == 0) {
            scheme.addComponents(GainShare.builder().id("savings").tier(Money.of("0", "SEK"), new BigDecimal("50"))
                    .tier(Money.of("100000", "SEK"), new BigDecimal("30")).cap(Money.of("300000", "SEK"))
                    .painSharePercent(new BigDecimal("20")).painCap(Money.of("50000", "SEK")).build());
        }
        return scheme.floor(Bound.percentOfFee(new BigDecimal("15"))).cap(Bound.percentOfFee(new BigDecimal("10"))).build();
    }

    private MeasurementTable measurements(int a, Agreement agreement, List<ReportingPeriod> months, Instant[][] recordedAt,
            SplittableRandom random, PrimitivePortfolio primitive) {
        Measurement[] result = new Measurement[kpis * periods * perKpi];
        int i = 0;
        for (int k = 0; k < kpis; k++) {
            Template t = TEMPLATES.get(k % TEMPLATES.size());
            for (int p = 0; p < periods; p++) {
                KpiDefinition kpi = agreement.kpiInForce(agreement.kpiIds().get(k), months.get(p).start()).orElseThrow();
                for (int m = 0; m < perKpi; m++) {
                    int slot = (((a * periods) + p) * kpis + k) * perKpi + m;
                    Measurement.Builder b = Measurement.builder().forKpi(kpi).period(months.get(p)).recordedAt(recordedAt[p][m]);
                    if (t.primitiveRule() == PrimitivePortfolio.RULE_RATIO) {
                        int denominator = t.lowUnscaled() + random.nextInt(t.highUnscaled() - t.lowUnscaled() + 1);
                        int numerator = denominator * (80 + random.nextInt(21)) / 100;
                        b.numerator(BigDecimal.valueOf(numerator)).denominator(BigDecimal.valueOf(denominator));
                        primitive.values()[slot] = numerator;
                        primitive.denominators()[slot] = denominator;
                    } else {
                        int high = t.primitiveRule() == PrimitivePortfolio.RULE_SUM ? t.highUnscaled() / perKpi : t.highUnscaled();
                        long unscaled = t.lowUnscaled() + random.nextInt(high - t.lowUnscaled() + 1);
                        BigDecimal value = BigDecimal.valueOf(unscaled, t.scale());
                        b.value(value);
                        primitive.values()[slot] = value.doubleValue();
                    }
                    result[i++] = b.build();
                }
            }
        }
        return MeasurementTable.of(Arrays.asList(result));
    }

    private Map<ReportingPeriod, Map<String, CostOutcome>> costs(int a, List<ReportingPeriod> months, SplittableRandom random) {
        if (a % 4 != 0) {
            return Map.of();
        }
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = new HashMap<>();
        Money baseline = Money.of("1000000.00", "SEK");
        for (ReportingPeriod month : months) {
            long actual = 900_000 + random.nextInt(150_001);
            costs.put(month, Map.of("savings", CostOutcome.of(baseline, Money.of(BigDecimal.valueOf(actual, 0).setScale(2), SEK))));
        }
        return Map.copyOf(costs);
    }

    private static final Governance GOVERNANCE = governance();

    private static Governance governance() {
        Governance.Builder g = Governance.builder().addAllLevels(EnumSet.of(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL));
        EscalationPolicy.Builder escalation = EscalationPolicy.builder();
        for (GovernanceLevel level : EnumSet.of(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)) {
            String c = "customer-" + level.letter();
            String s = "supplier-" + level.letter();
            g.addRoles(Role.builder().id(c).title("Sponsor").party("customer").level(level).mandate("Decides for the customer")
                    .counterpart(s).build());
            g.addRoles(Role.builder().id(s).title("Sponsor").party("supplier").level(level).mandate("Decides for the supplier")
                    .counterpart(c).build());
            g.addForums(Forum.builder().id("forum-" + level.letter()).name("Forum " + level.letter()).level(level)
                    .cadence(level == GovernanceLevel.STRATEGIC ? Cadence.QUARTERLY : Cadence.MONTHLY)
                    .addParticipants(c, s).build());
            escalation.putTimeAllowed(level, Duration.ofDays(level == GovernanceLevel.STRATEGIC ? 20 : 10));
        }
        return g.escalationPolicy(escalation.build()).build();
    }
}
