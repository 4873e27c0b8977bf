package dev.partnering.testkit.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.Improvement;
import dev.partnering.testkit.PeriodInputs;
import dev.partnering.testkit.PeriodInputsArbitrary;
import dev.partnering.testkit.SequenceImprovement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The {@link PeriodInputsArbitrary} behind {@code PartneringArbitraries.periodInputs(agreement)}. */
public final class DefaultPeriodInputsArbitrary extends CostlyArbitrary<PeriodInputs> implements PeriodInputsArbitrary {

    private static final int MAX_MONTHS = 120;

    private final Agreement agreement;
    private Optional<ReportingPeriod> period = Optional.empty();
    private int minMeasurements = 0;
    private boolean improvable = false;
    /** The arbitrary of each month, kept so that jqwik reuses its generator instead of building one per try. */
    private Map<ReportingPeriod, Arbitrary<PeriodInputs>> byMonth = new ConcurrentHashMap<>();

    /** @param agreement  the agreement the inputs are for, not null */
    public DefaultPeriodInputsArbitrary(Agreement agreement) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
    }

    @Override
    protected Arbitrary<PeriodInputs> arbitrary() {
        if (period.isPresent()) {
            return inputsIn(period.get());
        }
        return Arbitraries.of(months()).flatMap(p -> byMonth.computeIfAbsent(p, this::inputsIn));
    }

    /** @return the months of the term that have a fee, or the term's first months if there are no fees */
    private List<ReportingPeriod> months() {
        YearMonth first = YearMonth.from(agreement.term().startDate());
        if (agreement.term().startDate().getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(agreement.term().initialEndDate());
        List<ReportingPeriod> all = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last) && all.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            all.add(ReportingPeriod.month(m));
        }
        if (all.isEmpty()) {
            all.add(ReportingPeriod.month(first));
        }
        List<ReportingPeriod> withFee = all.stream().filter(p -> agreement.feeSchedule().feeFor(p).isPresent()).toList();
        return withFee.isEmpty() ? all : withFee;
    }

    private Arbitrary<PeriodInputs> inputsIn(ReportingPeriod p) {
        List<Arbitrary<List<Measurement>>> measurements = new ArrayList<>();
        for (String id : agreement.kpiIds()) {
            Optional<KpiDefinition> kpi = agreement.kpiInForce(id, p.start());
            kpi.ifPresent(k -> measurements.add(Measurements.of(k, p, true).list().ofMinSize(minMeasurements).ofMaxSize(4)));
        }
        List<Arbitrary<Optional<Map.Entry<String, CostOutcome>>>> costs = new ArrayList<>();
        List<Arbitrary<List<BreachEvent>>> events = new ArrayList<>();
        for (IncentiveComponent c : agreement.incentiveScheme().map(s -> s.components()).orElse(List.of())) {
            if (c instanceof GainShare) {
                Arbitrary<Map.Entry<String, CostOutcome>> cost = Costs.of(agreement.currency()).map(o -> Map.entry(c.id(), o));
                costs.add(improvable ? cost.map(Optional::of) : cost.optional(0.8));
            } else if (c instanceof Penalty) {
                events.add(Events.of(c.id(), p, improvable ? 1 : 0, 3));
            }
        }
        return Combinators.combine(all(measurements), all(events), all(costs)).as((ms, es, cs) -> {
            Map<String, CostOutcome> byId = new LinkedHashMap<>();
            cs.forEach(o -> o.ifPresent(e -> byId.put(e.getKey(), e.getValue())));
            return new PeriodInputs(p, flat(ms), flat(es), byId, Optional.empty());
        });
    }

    private static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> parts) {
        return parts.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(parts).as(List::copyOf);
    }

    private static <T> List<T> flat(List<List<T>> lists) {
        List<T> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }

    private DefaultPeriodInputsArbitrary copy() {
        DefaultPeriodInputsArbitrary clone = typedClone();
        clone.byMonth = new ConcurrentHashMap<>();
        return clone;
    }

    @Override
    public PeriodInputsArbitrary in(ReportingPeriod period) {
        DefaultPeriodInputsArbitrary clone = copy();
        clone.period = Optional.of(Objects.requireNonNull(period, "period"));
        return clone;
    }

    @Override
    public PeriodInputsArbitrary withEveryKpiMeasured() {
        DefaultPeriodInputsArbitrary clone = copy();
        clone.minMeasurements = 1;
        return clone;
    }

    @Override
    public Arbitrary<Improvement> improvements(Improvement.Kind... kinds) {
        List<Improvement.Kind> list = kinds.length == 0 ? List.of(Improvement.Kind.values()) : List.of(kinds);
        DefaultPeriodInputsArbitrary worse = copy();
        worse.minMeasurements = 1;
        worse.improvable = true;
        return Combinators.combine(worse, Arbitraries.integers().between(0, list.size() - 1), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 1000).shrinkTowards(100))
                .as((in, first, selector, magnitude) -> Improvements.improve(agreement, in, list, first, selector, magnitude));
    }

    @Override
    public Arbitrary<List<PeriodInputs>> sequences(int minPeriods, int maxPeriods) {
        checkLength(minPeriods, maxPeriods);
        return copy().sequenceOf(minPeriods, maxPeriods);
    }

    @Override
    public Arbitrary<SequenceImprovement> sequenceImprovements(int minPeriods, int maxPeriods, Improvement.Kind... kinds) {
        checkLength(minPeriods, maxPeriods);
        List<Improvement.Kind> list = kinds.length == 0 ? List.of(Improvement.Kind.values()) : List.of(kinds);
        DefaultPeriodInputsArbitrary worse = copy();
        worse.minMeasurements = 1;
        worse.improvable = true;
        return Combinators.combine(worse.sequenceOf(minPeriods, maxPeriods), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, list.size() - 1), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 1000).shrinkTowards(100))
                .as((seq, at, first, selector, magnitude) -> {
                    int index = at % seq.size();
                    return new SequenceImprovement(seq, index, Improvements.improve(agreement, seq.get(index), list, first,
                            selector, magnitude));
                });
    }

    private static void checkLength(int minPeriods, int maxPeriods) {
        Checks.require(minPeriods >= 1 && maxPeriods >= minPeriods, "sequences(" + minPeriods + ", " + maxPeriods
                + "): need at least 1 period and minPeriods <= maxPeriods");
    }

    /** Consecutive months from the given period, or from a month of the schedule (the sequence kept within it). */
    private Arbitrary<List<PeriodInputs>> sequenceOf(int minPeriods, int maxPeriods) {
        List<ReportingPeriod> months = months();
        return Arbitraries.integers().between(minPeriods, maxPeriods).flatMap(n -> {
            if (period.isPresent()) {
                List<ReportingPeriod> from = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    from.add(period.get().plus(k));
                }
                return sequenceIn(from);
            }
            int length = Math.min(n, months.size());
            return Arbitraries.integers().between(0, months.size() - length)
                    .flatMap(start -> sequenceIn(months.subList(start, start + length)));
        });
    }

    private Arbitrary<List<PeriodInputs>> sequenceIn(List<ReportingPeriod> periods) {
        List<Arbitrary<PeriodInputs>> parts = new ArrayList<>();
        periods.forEach(p -> parts.add(byMonth.computeIfAbsent(p, this::inputsIn)));
        return Combinators.combine(parts).as(List::copyOf);
    }
}
