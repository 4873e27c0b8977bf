package dev.partnering.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.evaluation.ScorecardCalculator;

/**
 * The work each benchmark measures, usable outside JMH (tests, the heap report). Every method
 * evaluates the whole portfolio on the given pool, one agreement per task, and returns a checksum
 * of the results so nothing can be optimised away.
 */
public final class PortfolioEvaluation {

    /**
     * How far the double baseline may be from the SDK's score: 1e-5, ten times the sum of the three
     * half-units of the 6th decimal the SDK rounds at (value, attainment, score), with room for the
     * attainment slopes of the generated KPIs.
     */
    static final double BASELINE_TOLERANCE = 1e-5;

    private PortfolioEvaluation() {
    }

    /**
     * Benchmark 1: the scorecard of every agreement and period.
     *
     * @return the sum over all scorecards of the score's hash and the number of lines
     */
    public static long scorecards(Portfolio portfolio, ForkJoinPool pool) {
        return run(pool, portfolio.agreements().size(), a -> {
            long sum = 0;
            for (Scorecard s : scorecardsOf(portfolio, a)) {
                sum += s.score().hashCode() + s.lines().size();
            }
            return sum;
        });
    }

    /**
     * Benchmark 2: the scorecards of every agreement and period, and the agreement's incentive
     * statement over all periods from those scorecards.
     *
     * @return the sum over all statements of the supplier's total net in minor units, plus the scorecard checksum
     */
    public static long scorecardsAndIncentives(Portfolio portfolio, ForkJoinPool pool) {
        return run(pool, portfolio.agreements().size(), a -> {
            IncentiveStatement statement = statementOf(portfolio, a);
            return statement.periods().size() + statement.totalByParty().get("supplier").amount().unscaledValue().longValue();
        });
    }

    /** @return the scorecards of agreement {@code a}, one per period, read from its measurement table */
    public static List<Scorecard> scorecardsOf(Portfolio portfolio, int a) {
        return ScorecardCalculator.standard().calculate(portfolio.agreements().get(a), portfolio.periods(),
                portfolio.tables().get(a));
    }

    /**
     * @param measurements  the measurements of agreement {@code a} as a list of {@code Measurement} objects
     * @return the scorecards of agreement {@code a}, one per period, from the list overload
     */
    public static List<Scorecard> scorecardsOf(Portfolio portfolio, int a, List<Measurement> measurements) {
        return ScorecardCalculator.standard().calculate(portfolio.agreements().get(a), portfolio.periods(),
                measurements);
    }

    /** @return the incentive statement of agreement {@code a} over every period */
    public static IncentiveStatement statementOf(Portfolio portfolio, int a) {
        return statementOf(portfolio, a, scorecardsOf(portfolio, a));
    }

    /** @return the incentive statement of agreement {@code a} over every period, from its scorecards */
    public static IncentiveStatement statementOf(Portfolio portfolio, int a, List<Scorecard> scorecards) {
        Agreement agreement = portfolio.agreements().get(a);
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = portfolio.costs().get(a);
        List<IncentivePeriod> inputs = new ArrayList<>(scorecards.size());
        for (Scorecard s : scorecards) {
            inputs.add(IncentivePeriod.builder().period(s.period()).scorecard(s)
                    .putAllCosts(costs.getOrDefault(s.period(), Map.of())).build());
        }
        return IncentiveCalculator.standard().calculate(agreement, agreement.incentiveScheme().orElseThrow(), inputs);
    }

    /**
     * Benchmark 3: the baseline, the same aggregation, attainment and weighting as a loop over
     * primitive arrays.
     *
     * @return the sum of the scores' bits
     */
    public static long baseline(PrimitivePortfolio portfolio, ForkJoinPool pool) {
        return run(pool, portfolio.agreements(), a -> {
            long sum = 0;
            for (int p = 0; p < portfolio.periods(); p++) {
                sum += Double.doubleToLongBits(PrimitiveBaseline.score(portfolio, a, p));
            }
            return sum;
        });
    }

    /**
     * Checks that the baseline computes what the SDK computes: for the first {@code n} agreements,
     * every period's baseline score equals the SDK's score within {@link #BASELINE_TOLERANCE}: the SDK
     * rounds each period value, attainment and score once to its declared 6 decimals, the baseline
     * rounds nothing, so they differ by those roundings (a few millionths), never by more.
     *
     * @throws IllegalStateException naming the first agreement and period that differ
     */
    public static void verifyBaseline(Portfolio portfolio, int n) {
        for (int a = 0; a < Math.min(n, portfolio.agreements().size()); a++) {
            List<Scorecard> scorecards = scorecardsOf(portfolio, a);
            for (int p = 0; p < scorecards.size(); p++) {
                double exact = scorecards.get(p).score().orElseThrow().doubleValue();
                double fast = PrimitiveBaseline.score(portfolio.primitive(), a, p);
                if (Math.abs(exact - fast) > BASELINE_TOLERANCE) {
                    throw new IllegalStateException("baseline differs from the SDK for agreement " + a + " period "
                            + portfolio.periods().get(p) + ": " + fast + " vs " + exact);
                }
            }
        }
    }

    static long run(ForkJoinPool pool, int agreements, IntToLongFunction perAgreement) {
        try {
            return pool.submit(() -> IntStream.range(0, agreements).parallel().mapToLong(perAgreement).sum()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed", e.getCause());
        }
    }
}
