package dev.partnering.examples.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.PeriodFee;
import dev.partnering.examples.data.BreachEventCsv;
import dev.partnering.examples.data.DataFile;
import dev.partnering.examples.data.InputException;
import dev.partnering.examples.data.MeasurementCsv;
import dev.partnering.examples.data.Progress;
import dev.partnering.examples.report.AgreementReport;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardWarning;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.evaluation.ContractYearScores;
import dev.partnering.evaluation.ContractYearScores.ContractYearScore;
import dev.partnering.scorecard.Standing;

/**
 * One period of one agreement evaluated from an ERP's exports, as the command line's
 * {@code evaluate} and scenario 4 do it: stream the measurement CSV (keeping only measurements of
 * the period and before, which the scorecard's trend and the LAST_KNOWN policy may need), read the
 * breach events, compute the period's scorecard, the attainment trend and the incentive statement.
 * <p>
 * The statement runs over the periods of the fee schedule within the evaluated period: a quarter
 * of a monthly fee schedule gives three monthly statements (service credits are a month's), a
 * quarter of a quarterly schedule gives one. The trend covers up to twelve months (or four
 * quarters, or years) ending with the period, at the granularity of the measurements, starting
 * no earlier than the first period with data.
 *
 * @param agreement  the agreement, not null
 * @param period  the period evaluated, not null
 * @param rows  the data rows of the measurement file
 * @param measurements  the measurements kept (of the period and before), not null
 * @param events  the breach events read, not null
 * @param scorecard  the period's scorecard, not null
 * @param trend  the scorecards of the trend, oldest first, not null
 * @param statement  the incentive statement, if the agreement has a scheme
 * @param periodScorecards  the scorecards of the periods the standings are shown for: the incentive
 *        periods (the fee schedule's periods within the evaluated one), or the evaluated period itself,
 *        oldest first, not null
 * @param contractYear  the score of the contract year that holds the period's end, so far: the
 *        scorecards of its periods (of the incentive periods' granularity) from its start to the
 *        period's end, weighted by length, not null
 * @since 0.1.0
 */
public record PeriodEvaluation(Agreement agreement, ReportingPeriod period, long rows, List<Measurement> measurements,
        List<BreachEvent> events, Scorecard scorecard, List<Scorecard> trend, Optional<IncentiveStatement> statement,
        List<Scorecard> periodScorecards, ContractYearScore contractYear) {

    /** Copies the lists; checks for nulls. */
    public PeriodEvaluation {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        measurements = List.copyOf(measurements);
        events = List.copyOf(events);
        Objects.requireNonNull(scorecard, "scorecard");
        trend = List.copyOf(trend);
        Objects.requireNonNull(statement, "statement");
        periodScorecards = List.copyOf(periodScorecards);
        Objects.requireNonNull(contractYear, "contractYear");
    }

    /**
     * Evaluates a period.
     *
     * @param agreement  the agreement, not null
     * @param period  the period, not null
     * @param measurements  the ERP's measurement CSV, not null
     * @param events  the breach-event CSV, if any
     * @param progress  where to report progress on a large file, not null
     * @return the evaluation, never null
     * @throws InputException if a file is missing or malformed, or names what the agreement does not have
     */
    public static PeriodEvaluation evaluate(Agreement agreement, ReportingPeriod period, DataFile measurements,
            Optional<DataFile> events, Progress progress) throws InputException {
        return evaluate(agreement, period, measurements, events, progress, IncentiveCalculator.standard());
    }

    /**
     * Evaluates a period with the given incentive calculator ({@link IncentiveCalculator#strict()} to
     * refuse money for incomplete periods).
     *
     * @param agreement  the agreement, not null
     * @param period  the period, not null
     * @param measurements  the ERP's measurement CSV, not null
     * @param events  the breach-event CSV, if any
     * @param progress  where to report progress on a large file, not null
     * @param calculator  the incentive calculator, not null
     * @return the evaluation, never null
     * @throws InputException if a file is missing or malformed, or names what the agreement does not have
     * @throws dev.partnering.evaluation.IncompleteDataException if the calculator is strict and a period's data are incomplete
     * @since 0.1.0
     */
    public static PeriodEvaluation evaluate(Agreement agreement, ReportingPeriod period, DataFile measurements,
            Optional<DataFile> events, Progress progress, IncentiveCalculator calculator) throws InputException {
        List<Measurement> kept = new ArrayList<>();
        long rows = MeasurementCsv.forAgreement(agreement).withProgress(progress).read(measurements, m -> {
            if (!m.period().start().isAfter(period.end())) {
                kept.add(m);
            }
        });
        List<BreachEvent> breaches = events.isPresent() ? BreachEventCsv.read(agreement, events.get()) : List.of();
        // each period's scorecard once: the trend's months are usually the statement's months too
        Map<ReportingPeriod, Scorecard> scorecards = new HashMap<>();
        List<ReportingPeriod> incentivePeriods = incentivePeriods(agreement, period);
        Set<ReportingPeriod> needed = new TreeSet<>(trendPeriods(period, kept));
        needed.add(period);
        needed.addAll(incentivePeriods);
        List<ReportingPeriod> yearToDate = contractYearToDate(agreement, period, incentivePeriods.get(0).granularity());
        needed.addAll(yearToDate);
        for (ReportingPeriod p : needed) {
            scorecards.put(p, ScorecardCalculator.standard().calculate(agreement, p, relevant(agreement, p, kept)));
        }
        List<Scorecard> trend = trendPeriods(period, kept).stream().map(scorecards::get).toList();
        Optional<IncentiveStatement> statement = agreement.incentiveScheme().map(scheme -> {
            List<IncentivePeriod> inputs = new ArrayList<>();
            for (ReportingPeriod p : incentivePeriods) {
                inputs.add(IncentivePeriod.builder().period(p).scorecard(scorecards.get(p))
                        .addAllEvents(breaches.stream().filter(e -> p.contains(e.date())).toList()).build());
            }
            return calculator.calculate(agreement, scheme, inputs);
        });
        Scorecard scorecard = scorecards.get(period);
        ContractYearScore year = ContractYearScores.standard().calculate(agreement,
                yearToDate.stream().map(scorecards::get).toList(), period.end());
        return new PeriodEvaluation(agreement, period, rows, kept, breaches, scorecard, trend, statement,
                incentivePeriods.stream().map(scorecards::get).toList(), year);
    }

    /**
     * The periods of granularity {@code g} that start within the contract year holding the period's
     * end (contract years run from the term's start date), up to the period's end.
     */
    static List<ReportingPeriod> contractYearToDate(Agreement agreement, ReportingPeriod period, Granularity g) {
        LocalDate termStart = agreement.term().startDate();
        long years = Math.max(0, ChronoUnit.YEARS.between(termStart, period.end()));
        LocalDate yearStart = termStart.plusYears(years);
        ReportingPeriod p = ReportingPeriod.containing(g, yearStart);
        if (p.start().isBefore(yearStart)) {
            p = p.next();
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        for (; !p.end().isAfter(period.end()); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /**
     * The standing of each period of {@link #periodScorecards()} under the agreement's own standings,
     * oldest first; a period whose score is undefined has none.
     *
     * @return the standings, never null
     * @since 0.1.0
     */
    public List<Standing> standings() {
        return periodScorecards.stream().map(agreement::standingOf).flatMap(Optional::stream).toList();
    }

    /**
     * The measurements a scorecard of {@code period} can use: those of the period and the previous one
     * (for the trend), or every earlier one too under LAST_KNOWN. Handing the calculator only these
     * keeps a large export cheap to score period by period.
     */
    private static List<Measurement> relevant(Agreement agreement, ReportingPeriod period, List<Measurement> kept) {
        if (agreement.missingDataPolicy() == MissingDataPolicy.LAST_KNOWN) {
            return kept;
        }
        LocalDate from = period.previous().start();
        return kept.stream().filter(m -> !m.period().end().isBefore(from) && !m.period().start().isAfter(period.end()))
                .toList();
    }

    /** The fee schedule's periods within the evaluated one, or the period itself. */
    static List<ReportingPeriod> incentivePeriods(Agreement agreement, ReportingPeriod period) {
        Optional<Granularity> fees = agreement.feeSchedule().fees().stream().map(PeriodFee::period)
                .map(ReportingPeriod::granularity).min(Comparator.comparing(Granularity::months));
        if (fees.isPresent() && period.granularity().months() > fees.get().months()) {
            return period.split(fees.get());
        }
        return List.of(period);
    }

    private static List<ReportingPeriod> trendPeriods(ReportingPeriod period, List<Measurement> measurements) {
        Granularity finest = measurements.stream().map(m -> m.period().granularity())
                .min(Comparator.comparing(Granularity::months)).orElse(period.granularity());
        Granularity g = finest.months() > period.granularity().months() ? period.granularity() : finest;
        ReportingPeriod last = ReportingPeriod.containing(g, period.end());
        ReportingPeriod first = measurements.stream().map(m -> m.period().start()).min(Comparator.naturalOrder())
                .map(d -> ReportingPeriod.containing(g, d)).orElse(last);
        int span = g == Granularity.YEAR ? 5 : 12 / g.months();
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = span - 1; i >= 0; i--) {
            ReportingPeriod p = last.plus(-i);
            if (p.compareTo(first) >= 0) {
                periods.add(p);
            }
        }
        return periods;
    }

    /**
     * The warnings an operator must see before trusting the figures: an empty measurement file, the
     * evaluated scorecard's completeness warnings and every incentive period's (KPIs and periods without
     * data, periods outside the term, KPIs not yet in force), each once, in order.
     *
     * @return the warnings, never null
     * @since 0.1.0
     */
    public List<String> warnings() {
        Set<String> w = new java.util.LinkedHashSet<>();
        if (rows == 0) {
            w.add("the measurement file has no data rows: every KPI of every period is without data");
        }
        scorecard.warnings().stream().filter(x -> x.kind().isIncomplete() || x.kind() == ScorecardWarning.Kind.NOT_IN_FORCE)
                .forEach(x -> w.add(x.message()));
        statement.ifPresent(s -> s.periods().forEach(p -> w.addAll(p.warnings().stream()
                .filter(t -> !t.startsWith("remedy ")).toList())));
        return List.copyOf(w);
    }

    /**
     * @param title  the report's title, not null
     * @param story  the report's story, not null
     * @return the report of this evaluation, never null
     */
    public AgreementReport report(String title, String story) {
        AgreementReport.Builder b = AgreementReport.builder(title, agreement).story(story).trend(trend).scorecard(scorecard)
                .standings(periodScorecards).contractYear(contractYear);
        statement.ifPresent(b::statement);
        return b.build();
    }
}
