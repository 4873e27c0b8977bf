package dev.partnering.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

/**
 * Incentive statements drawn from a seed for the properties that compare entry points and check invariants
 * ({@code StatementEntryPointsProperties}, and the JSON module's {@code StatementJsonContinuationProperties}):
 * an agreement, a scheme with every component kind (at-risk pool with earn-back, service-credit tiers with period
 * and rolling caps, bonus/malus, penalties with period and contract-year caps, gain share, remedy triggers), floor
 * and cap, monthly or quarterly periods with gaps and missing data, in SEK, JPY or BHD.
 */
public final class StatementScenarios {

    private StatementScenarios() {
    }

    public static final String[] CURRENCIES = {"SEK", "JPY", "BHD"};

    /** A fee of the test's choice instead of the drawn one (the rest of the case drawn as before); null to draw. */
    public static BigDecimal FEE_OVERRIDE = null;

    /** To look for the monotonicity defect without the penalty's contract-year cap. */
    public static final boolean ONLY_WITHOUT_YEAR_CAP = Boolean.getBoolean("partnering.statements.noYearCap");

    /** Everything one try needs, made from a seed. */
    public static final class Case {
        public Currency currency;
        public Agreement agreement;
        public IncentiveScheme scheme;
        public List<ReportingPeriod> periods = new ArrayList<>();
        public List<Measurement> measurements = new ArrayList<>();
        public List<BreachEvent> events = new ArrayList<>();
        public Map<ReportingPeriod, Money> givenFees = new HashMap<>();
        public boolean consortium;
        public boolean perUnit;
        public boolean gain;
        public boolean quarterly;
        public Map<ReportingPeriod, Map<String, dev.partnering.incentive.CostOutcome>> costs = new HashMap<>();
        public boolean feesAsSchedule;
        public String describe = "";
        public BigDecimal floorPct, capPct, yearCapPct, periodCapPct, rollingPct, atRisk;
        public Money scheduleFee;
        public Integer earnBack;
    }

    public static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    public static Case make(long seed, int currencyIndex, int months, boolean gap) {
        return make(seed, currencyIndex, months, gap, false);
    }

    public static Case make(long seed, int currencyIndex, int months, boolean gap, boolean extras) {
        Random r = new Random(seed);
        Case c = new Case();
        c.currency = Currency.getInstance(CURRENCIES[currencyIndex]);
        int digits = c.currency.getDefaultFractionDigits();
        String[] fees = {"250000", "250000.5", "1234.567", "99999.999", "7", "0.01", "999999999999999.99", "98765432109876543", "9223372036854775.807", "92233720368547758.07"};
        BigDecimal fee = d(fees[r.nextInt(fees.length)]).setScale(digits, RoundingMode.DOWN);
        if (FEE_OVERRIDE != null) {
            fee = FEE_OVERRIDE.setScale(digits, RoundingMode.DOWN);
        }
        if (fee.signum() == 0) {
            fee = BigDecimal.ONE.setScale(digits);
        }
        if (r.nextBoolean()) {
            fee = fee.stripTrailingZeros(); // fewer decimals than the minor unit
            if (fee.scale() < 0) {
                fee = fee.setScale(0);
            }
        }
        c.scheduleFee = Money.of(fee, c.currency);
        IncentiveScheme.Builder b = IncentiveScheme.builder();
        c.atRisk = new BigDecimal[] {d("12"), d("12.5"), d("5"), d("100")}[r.nextInt(4)];
        AtRiskPool.Builder pool = AtRiskPool.builder().id("pool").atRiskPercent(c.atRisk)
                .allocate(Fixtures.AVAILABILITY, d("60")).allocate(Fixtures.INCIDENT_RESPONSE, d("50"))
                .allocate(Fixtures.TICKET_SLA, new BigDecimal[] {d("30"), d("33.3"), d("10")}[r.nextInt(3)]);
        if (extras && r.nextBoolean()) {
            pool.trigger(dev.partnering.incentive.CreditTrigger.BELOW_MINIMUM);
        }
        if (r.nextInt(4) != 0) {
            c.earnBack = 1 + r.nextInt(extras ? 5 : 3);
            pool.earnBackPeriods(c.earnBack);
        }
        b.addComponents(pool.build());
        if (r.nextBoolean()) {
            b.addComponents(BonusMalusCurve.builder().id("bonus").point(d("0.8"), d("-5")).point(d("1.0"), d("0"))
                    .point(d("1.2"), d("5")).build());
        }
        ServiceCreditTiers.Builder tiers = ServiceCreditTiers.builder().id("tiers").kpiId(Fixtures.AVAILABILITY)
                .band(d("99.8"), d("2")).band(d("98.5"), d("3.5"));
        if (r.nextBoolean()) {
            c.rollingPct = new BigDecimal[] {d("4"), d("0.5"), d("0.3"), d("0.75")}[r.nextInt(4)];
            tiers.rollingCapPercent(c.rollingPct);
        }
        if (r.nextBoolean()) {
            tiers.periodCapPercent(d("3"));
        }
        b.addComponents(tiers.build());
        c.perUnit = extras && r.nextBoolean();
        Penalty.Builder pen = Penalty.builder().id("penalty")
                .rate(Money.of(c.perUnit ? fee.multiply(d("0.00123")) : fee.multiply(d("0.01")).setScale(digits, RoundingMode.HALF_EVEN), c.currency));
        if (c.perUnit) {
            pen.basis(Penalty.Basis.PER_UNIT);
        }
        if (r.nextBoolean()) {
            c.periodCapPct = d("2");
            pen.periodCapPercent(c.periodCapPct);
        }
        if (r.nextBoolean()) {
            c.yearCapPct = new BigDecimal[] {d("3"), d("0.5"), d("1")}[r.nextInt(3)];
            pen.yearCapPercent(c.yearCapPct);
        }
        b.addComponents(pen.build());
        if (r.nextBoolean()) {
            c.floorPct = new BigDecimal[] {d("3"), d("1"), d("10")}[r.nextInt(3)];
            b.floor(Bound.percentOfFee(c.floorPct));
        }
        if (r.nextBoolean()) {
            c.capPct = new BigDecimal[] {d("2"), d("0.5")}[r.nextInt(2)];
            b.cap(Bound.percentOfFee(c.capPct));
        }
        if (extras && r.nextBoolean()) {
            c.gain = true;
            b.addComponents(dev.partnering.incentive.GainShare.builder().id("gain")
                    .tier(Money.of(BigDecimal.ZERO, c.currency), d("50")).tier(Money.of(fee, c.currency), d("30"))
                    .painSharePercent(d("25"))
                    .cap(r.nextBoolean() ? java.util.Optional.of(Money.of(fee.multiply(d("0.7")).setScale(digits, RoundingMode.HALF_EVEN), c.currency)) : java.util.Optional.empty())
                    .painCap(r.nextBoolean() ? java.util.Optional.of(Money.of(fee.multiply(d("0.1")).setScale(digits, RoundingMode.HALF_EVEN), c.currency)) : java.util.Optional.empty())
                    .build());
        }
        if (extras && r.nextBoolean()) {
            b.addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.consecutiveBelowMinimum(Fixtures.AVAILABILITY, 2,
                    dev.partnering.incentive.Remedy.REMEDIATION_PLAN));
            b.addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.breachesInWindow(Fixtures.TICKET_SLA, 2, 4, false,
                    dev.partnering.incentive.Remedy.STEP_IN));
            b.addRemedyTriggers(dev.partnering.incentive.RemedyTrigger.scoreBelow(d("0.9"), 2, 3,
                    dev.partnering.incentive.Remedy.TERMINATION));
        }
        if (SPY.get() != null) {
            b.addComponents(new Spy("spy"));
        }
        c.consortium = r.nextInt(3) == 0;
        if (c.consortium && r.nextBoolean()) {
            b.putCustomerWeights(Fixtures.CUSTOMER, d("3")).putCustomerWeights("eastbrook", d("1"))
                    .putCustomerWeights("westmere", d("2.5"));
        }
        c.scheme = b.build();
        Agreement.Builder a = Fixtures.agreementBuilder().addAllParties(Fixtures.parties());
        if (c.consortium) {
            a.addParties(Party.customer("eastbrook", "Eastbrook"), Party.customer("westmere", "Westmere"));
        }
        c.agreement = a.addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(c.currency)
                .feeSchedule(FeeSchedule.monthly(c.scheduleFee, YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .incentiveScheme(c.scheme).build();
        c.quarterly = extras && r.nextInt(3) == 0;
        int step = c.quarterly ? 3 : 1;
        YearMonth start = YearMonth.of(2026, 1).plusMonths(c.quarterly ? 3 * r.nextInt(5) : r.nextInt(20));
        if (c.quarterly) {
            months = Math.min(months, 8);
        }
        int skip = gap && months > 2 ? 1 + r.nextInt(months - 2) : -1;
        c.feesAsSchedule = r.nextBoolean();
        String[] avail = {"98", "98.6", "99.2", "99.5", "99.7", "99.95"};
        String[] resp = {"10", "6", "4", "3"};
        String[] sla = {"80", "92", "95", "99"};
        // runs of good months make earn-back happen
        for (int i = 0; i < months; i++) {
            if (i == skip) {
                continue;
            }
            YearMonth ym = start.plusMonths((long) i * step);
            ReportingPeriod p = c.quarterly ? ReportingPeriod.quarter(ym.getYear(), (ym.getMonthValue() + 2) / 3)
                    : ReportingPeriod.parse(ym.toString());
            c.periods.add(p);
            boolean good = r.nextInt(3) != 0;
            for (int q = 0; q < step; q++) {
                String m = ym.plusMonths(q).toString();
                if (!extras || r.nextInt(8) != 0) {
                    c.measurements.add(Fixtures.measurement(Fixtures.AVAILABILITY, m, good ? avail[3 + r.nextInt(3)] : avail[r.nextInt(6)]));
                }
                if (!extras || r.nextInt(8) != 0) {
                    c.measurements.add(Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, m, good ? resp[2 + r.nextInt(2)] : resp[r.nextInt(4)]));
                }
                if (!extras || r.nextInt(8) != 0) {
                    c.measurements.add(Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, m, good ? sla[2 + r.nextInt(2)] : sla[r.nextInt(4)], "100"));
                }
            }
            int events = r.nextInt(4);
            for (int e = 0; e < events; e++) {
                BreachEvent.Builder eb = BreachEvent.builder().id("e" + i + "-" + e).penaltyId("penalty").date(ym.atDay(1 + r.nextInt(28)));
                if (c.perUnit) {
                    eb.units(new BigDecimal[] {d("1"), d("2.5"), d("0.333")}[r.nextInt(3)]);
                }
                if (extras && r.nextInt(6) == 0) {
                    eb.exclusionReason("force majeure");
                }
                c.events.add(eb.build());
            }
            if (c.gain && r.nextBoolean()) {
                c.costs.put(p, Map.of("gain", dev.partnering.incentive.CostOutcome.savings(Money.of(
                        fee.multiply(new BigDecimal[] {d("2.5"), d("-0.7"), d("0.3"), d("0"), d("1"), d("-0.0123")}[r.nextInt(6)]).setScale(digits, RoundingMode.HALF_EVEN),
                        c.currency))));
            }
            int mode = r.nextInt(3);
            if (mode == 1) {
                // the schedule's fee at another scale
                BigDecimal periodFee = fee.multiply(BigDecimal.valueOf(step));
                c.givenFees.put(p, Money.of(periodFee.setScale(periodFee.scale() + 1 + r.nextInt(2)), c.currency));
            } else if (mode == 2 && !c.feesAsSchedule && extras && r.nextBoolean()) {
                c.givenFees.put(p, Money.of(BigDecimal.ZERO.setScale(r.nextInt(digits + 2)), c.currency));
            } else if (mode == 2 && !c.feesAsSchedule) {
                c.givenFees.put(p, Money.of(fee.multiply(d("1.5")).setScale(digits, RoundingMode.HALF_EVEN), c.currency));
            }
        }
        return c;
    }

    public static List<IncentivePeriod> inputs(Case c, List<ReportingPeriod> periods, boolean table) {
        List<Scorecard> scorecards = table
                ? ScorecardCalculator.standard().calculate(c.agreement, periods, MeasurementTable.of(c.measurements))
                : ScorecardCalculator.standard().calculate(c.agreement, periods, c.measurements);
        List<IncentivePeriod> result = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ReportingPeriod p = periods.get(i);
            IncentivePeriod.Builder b = IncentivePeriod.builder().period(p).scorecard(scorecards.get(i));
            for (BreachEvent e : c.events) {
                if (p.contains(e.date())) {
                    b.addEvents(e);
                }
            }
            if (c.givenFees.containsKey(p)) {
                b.fee(c.givenFees.get(p));
            }
            b.putAllCosts(c.costs.getOrDefault(p, Map.of()));
            result.add(b.build());
        }
        return result;
    }

    /** The figures of a period statement, without the explanation's words. */
    public static String figures(PeriodStatement s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.period()).append(" fee ").append(s.fee().map(Money::toString).orElse("-")).append(" gross ").append(s.gross())
                .append(" net ").append(s.net()).append(" limit ").append(s.limitApplied().isPresent()).append(" byParty ")
                .append(s.netByParty()).append(" movements ").append(s.movements()).append(" remedies ")
                .append(s.remedies().stream().map(x -> x.period() + " " + x.trigger() + " " + x.remedy()).toList()).append('\n');
        for (ComponentOutcome o : s.outcomes()) {
            sb.append("  ").append(o.componentId()).append(' ').append(o.amount()).append(" lines ").append(o.lines())
                    .append(" caps ").append(o.capsApplied()).append('\n');
        }
        return sb.toString();
    }

    public static String figures(IncentiveStatement s) {
        StringBuilder sb = new StringBuilder();
        s.periods().forEach(p -> sb.append(figures(p)));
        return sb.toString();
    }

    /** When set, each drawn scheme also holds a {@link Spy} that records the contexts the calculator gives it. */
    public static final ThreadLocal<List<dev.partnering.incentive.IncentiveContext>> SPY = new ThreadLocal<>();

    /** Records the contexts the calculator gives; pays nothing. */
    public record Spy(String id) implements dev.partnering.incentive.IncentiveComponent {
        @Override
        public String type() {
            return "spy";
        }

        @Override
        public ComponentOutcome evaluate(dev.partnering.incentive.IncentiveContext context) {
            List<dev.partnering.incentive.IncentiveContext> seen = SPY.get();
            if (seen != null) {
                seen.add(context);
            }
            return new ComponentOutcome(id, type(), context.period(), context.zero(), List.of(), List.of(),
                    dev.partnering.explanation.Step.of(dev.partnering.explanation.StepKind.COMPUTATION, "spy"));
        }
    }
}
