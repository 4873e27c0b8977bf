package dev.partnering.testkit.internal;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.incentive.OutcomeLine;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.PeriodInputs;

/**
 * The bounds that only a sequence of periods shows: contract-year caps of penalties, rolling
 * twelve-month caps of service-credit tables, and earn-back within the credits it returns. Caps
 * are computed here again from the agreement, the scheme and the statement, independently of the
 * components, and compared with what the supplier bore: each period's net less the net it would
 * have had without the component's amount.
 */
public final class SequenceBounds {

    private SequenceBounds() {
    }

    /**
     * @param agreement  the agreement, not null
     * @param scheme  the scheme, not null
     * @param statement  the statement of the periods, not null
     * @param inputs  the inputs it was computed from, for the report, not null
     * @throws AssertionError if a cap is exceeded or an earn-back returns more than its credits
     */
    public static void check(Agreement agreement, IncentiveScheme scheme, IncentiveStatement statement, List<PeriodInputs> inputs) {
        for (IncentiveComponent c : scheme.components()) {
            if (c instanceof Penalty p && p.yearCap().isPresent()) {
                yearCaps(agreement, scheme, p, statement, inputs);
            } else if (c instanceof ServiceCreditTiers t && t.rollingCapPercent().isPresent()) {
                rollingCaps(agreement, scheme, t, statement, inputs);
            } else if (c instanceof AtRiskPool pool) {
                earnBack(pool, statement, inputs);
            }
        }
    }

    // ---------------------------------------------------------------- contract-year caps

    private static void yearCaps(Agreement agreement, IncentiveScheme scheme, Penalty p, IncentiveStatement statement,
            List<PeriodInputs> inputs) {
        Map<LocalDate, Money> borneByYear = new LinkedHashMap<>();
        for (PeriodStatement s : statement.periods()) {
            borneByYear.merge(yearStart(agreement, s.period()), borne(scheme, s, p.id()), Money::plus);
        }
        for (Map.Entry<LocalDate, Money> year : borneByYear.entrySet()) {
            ReportingPeriod first = statement.periods().stream().map(PeriodStatement::period)
                    .filter(x -> yearStart(agreement, x).equals(year.getKey())).findFirst().orElseThrow();
            Optional<Money> cap = yearCap(agreement, p, year.getKey(), first, statement);
            if (cap.isPresent() && year.getValue().isGreaterThan(cap.get().rounded(RoundingMode.CEILING))) {
                throw Report.of("bounds over periods", "penalty '" + p.id() + "': the supplier bore " + year.getValue()
                        + " in the contract year from " + year.getKey() + ", more than its cap " + p.yearCap().get().describe()
                        + " = " + cap.get().rounded(RoundingMode.CEILING)).line("inputs", inputs).line("output", describe(statement))
                        .failure();
            }
        }
    }

    private static LocalDate yearStart(Agreement agreement, ReportingPeriod period) {
        LocalDate start = agreement.term().startDate();
        return start.plusYears(Math.max(0, ChronoUnit.YEARS.between(start, period.start())));
    }

    /** The cap in money; empty if the fees of the contract year are not all known (the calculation refuses a charge then). */
    private static Optional<Money> yearCap(Agreement agreement, Penalty p, LocalDate yearStart, ReportingPeriod inYear,
            IncentiveStatement statement) {
        Bound cap = p.yearCap().get();
        if (cap instanceof Bound.Fixed f) {
            return Optional.of(f.amount());
        }
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        LocalDate termEnd = agreement.term().currentEndDate();
        LocalDate last = yearEnd.isAfter(termEnd) ? termEnd : yearEnd;
        ReportingPeriod first = inYear;
        while (!first.plus(-1).start().isBefore(yearStart)) {
            first = first.plus(-1);
        }
        Money annual = Money.zero(agreement.currency());
        for (ReportingPeriod x = first; x.equals(first) || !x.start().isAfter(last); x = x.plus(1)) {
            Optional<Money> fee = feeOf(agreement, statement, x);
            if (fee.isEmpty()) {
                return Optional.empty();
            }
            annual = annual.plus(fee.get());
        }
        return Optional.of(cap.resolve(annual));
    }

    // ---------------------------------------------------------------- rolling caps

    private static void rollingCaps(Agreement agreement, IncentiveScheme scheme, ServiceCreditTiers t, IncentiveStatement statement,
            List<PeriodInputs> inputs) {
        for (PeriodStatement s : statement.periods()) {
            int window = Math.max(1, 12 / s.period().granularity().months());
            ReportingPeriod from = s.period().plus(-(window - 1));
            Money charges = Money.zero(agreement.currency());
            for (int k = 0; k < window; k++) {
                charges = charges.plus(feeOf(agreement, statement, s.period().plus(-k)).orElse(Money.zero(agreement.currency())));
            }
            Money borne = Money.zero(agreement.currency());
            for (PeriodStatement q : statement.periods()) {
                if (q.period().compareTo(from) >= 0 && q.period().compareTo(s.period()) <= 0) {
                    borne = borne.plus(borne(scheme, q, t.id()));
                }
            }
            Money cap = charges.percent(t.rollingCapPercent().get()).rounded(RoundingMode.CEILING);
            if (borne.isGreaterThan(cap)) {
                throw Report.of("bounds over periods", "service-credit tiers '" + t.id() + "': the supplier bore " + borne
                        + " in the twelve months up to " + s.period() + ", more than the rolling cap "
                        + t.rollingCapPercent().get().stripTrailingZeros().toPlainString() + " % of " + charges + " = " + cap)
                        .line("inputs", inputs).line("output", describe(statement)).failure();
            }
        }
    }

    // ---------------------------------------------------------------- earn-back

    private static void earnBack(AtRiskPool pool, IncentiveStatement statement, List<PeriodInputs> inputs) {
        // what came back per credit: the KPI and the period of the credit
        Map<Map.Entry<String, ReportingPeriod>, Money> returned = new LinkedHashMap<>();
        for (PeriodStatement s : statement.periods()) {
            s.outcome(pool.id()).ifPresent(o -> o.lines(OutcomeLine.Kind.EARN_BACK).forEach(l -> returned.merge(
                    Map.entry(l.kpiId().orElseThrow(), l.creditPeriod().orElseThrow()), l.amount(), Money::plus)));
        }
        for (Map.Entry<Map.Entry<String, ReportingPeriod>, Money> back : returned.entrySet()) {
            String kpi = back.getKey().getKey();
            ReportingPeriod then = back.getKey().getValue();
            Money credit = statement.period(then).flatMap(s -> s.outcome(pool.id())).flatMap(o -> o.credit(kpi))
                    .map(Money::negated).orElse(Money.zero(back.getValue().currency()));
            if (back.getValue().isGreaterThan(credit)) {
                throw Report.of("bounds over periods", "at-risk pool '" + pool.id() + "' returned " + back.getValue() + " of the "
                        + then + " credit for " + kpi + ", which was " + credit).line("inputs", inputs)
                        .line("output", describe(statement)).failure();
            }
        }
    }

    // ---------------------------------------------------------------- common

    /** What the supplier bore of a component's amount in a period: the net without it less the net, not negative for a charge. */
    private static Money borne(IncentiveScheme scheme, PeriodStatement s, String componentId) {
        Money amount = s.outcome(componentId).map(o -> o.amount()).orElse(Money.zero(s.net().currency()));
        NetLimits limits = new NetLimits(scheme.floor().flatMap(f -> resolved(f, s)).map(Money::negated),
                scheme.cap().flatMap(c -> resolved(c, s)));
        return limits.apply(s.gross().minus(amount)).minus(s.net());
    }

    private static Optional<Money> resolved(Bound b, PeriodStatement s) {
        if (b instanceof Bound.Fixed f) {
            return Optional.of(f.amount().rounded());
        }
        return s.fee().map(fee -> b.resolve(fee).rounded());
    }

    /** The fee of a period: the statement's if it has the period, otherwise the agreement's schedule. */
    private static Optional<Money> feeOf(Agreement agreement, IncentiveStatement statement, ReportingPeriod period) {
        Optional<PeriodStatement> s = statement.period(period);
        if (s.isPresent()) {
            return s.get().fee();
        }
        return agreement.feeSchedule().feeFor(period);
    }

    private static String describe(IncentiveStatement statement) {
        List<String> periods = new ArrayList<>();
        statement.periods().forEach(s -> periods.add(s.period() + ": " + Report.describe(s)));
        return String.join("\n" + " ".repeat(20), periods);
    }
}
