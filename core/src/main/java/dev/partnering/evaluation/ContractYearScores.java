package dev.partnering.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.scorecard.Scorecard;

/**
 * The cumulative score over a contract year: the mean of the period scores weighted by the periods'
 * length in days, Σ scoreᵢ·daysᵢ / Σ daysᵢ over the scorecards whose period starts within the
 * contract year (contract years run from the term's start date), rounded once, HALF_EVEN, to the
 * agreement's score decimals. A period whose score is undefined is left out and said so; with no
 * defined score the cumulative score is undefined.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractYearScores {

    private static final ContractYearScores STANDARD = new ContractYearScores();

    private ContractYearScores() {
    }

    /** @return the calculator, never null */
    public static ContractYearScores standard() {
        return STANDARD;
    }

    /**
     * The cumulative score of one contract year.
     *
     * @param agreement  the agreement, not null
     * @param scorecards  scorecards of any periods, in any order (those of other years are ignored), not null
     * @param dayInYear  a day of the contract year, not null
     * @return the contract year's score, never null
     */
    public ContractYearScore calculate(Agreement agreement, List<Scorecard> scorecards, LocalDate dayInYear) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(scorecards, "scorecards");
        Objects.requireNonNull(dayInYear, "dayInYear");
        LocalDate termStart = agreement.term().startDate();
        long years = Math.max(0, ChronoUnit.YEARS.between(termStart, dayInYear));
        LocalDate start = termStart.plusYears(years);
        LocalDate end = start.plusYears(1).minusDays(1);
        List<Scorecard> within = new ArrayList<>();
        for (Scorecard s : scorecards) {
            if (!s.period().start().isBefore(start) && !s.period().start().isAfter(end)) {
                within.add(s);
            }
        }
        within.sort((a, b) -> a.period().compareTo(b.period()));
        Explanation.Builder ex = Explanation.builder("Contract-year score " + agreement.id() + " " + start + " to " + end);
        BigDecimal weighted = BigDecimal.ZERO;
        long days = 0;
        StringBuilder arithmetic = new StringBuilder();
        for (Scorecard s : within) {
            long d = ChronoUnit.DAYS.between(s.period().start(), s.period().end()) + 1;
            if (s.score().isEmpty()) {
                ex.add(StepKind.WARNING, s.period() + ": score undefined, left out");
                continue;
            }
            weighted = weighted.add(s.score().get().multiply(BigDecimal.valueOf(d)));
            days += d;
            arithmetic.append(arithmetic.length() == 0 ? "" : " + ").append(s.score().get().toPlainString()).append("×").append(d);
            ex.add(StepKind.INPUT, s.period() + ": score " + s.score().get().toPlainString() + " over " + d + " days");
        }
        Optional<BigDecimal> score = Optional.empty();
        if (days == 0) {
            ex.add(StepKind.RESULT, "no defined score in the contract year: undefined");
        } else {
            BigDecimal q = Decimals.quotient(weighted, BigDecimal.valueOf(days), agreement.precision().scoreDecimals());
            score = Optional.of(q);
            ex.add(StepKind.RESULT, "score = Σ score·days / Σ days = (" + arithmetic + ") / " + days + " = " + q.toPlainString());
        }
        return new ContractYearScore(start, end, score, days, ex.build());
    }

    /**
     * A contract year's cumulative score. This class is immutable and thread-safe.
     *
     * @param start  the contract year's first day
     * @param end  its last day
     * @param score  the weighted score, empty if no period of the year has a defined score
     * @param days  the days of the periods counted
     * @param explanation  the inputs and the arithmetic
     * @since 0.1.0
     */
    public record ContractYearScore(LocalDate start, LocalDate end, Optional<BigDecimal> score, long days,
            Explanation explanation) {

        /**
         * Checks for nulls.
         *
         * @param start the contract year's first day
         * @param end its last day
         * @param score the weighted score, empty if no period of the year has a defined score
         * @param days the days of the periods counted
         * @param explanation the inputs and the arithmetic
         */
        public ContractYearScore {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
