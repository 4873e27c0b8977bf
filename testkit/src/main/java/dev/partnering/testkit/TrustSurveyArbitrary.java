package dev.partnering.testkit;

import java.time.LocalDate;

import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid {@link TrustSurvey}s: by default on a 1-7, 1-5 or 0-10 scale, asking about one
 * to all five building blocks of trust (in their fixed order, sometimes with an extra dimension
 * {@code pace}), with 0 to 5 respondents on each side at each of the levels A, B and C, assessed on
 * the first of a month near 2026. Every respondent answers each dimension about the relationship,
 * now and then skipping a question but never all of them; in about half of the surveys (360°)
 * each respondent also rates its own side and its partner. Groups small enough to be suppressed by
 * the {@link dev.partnering.trust.TrustCalculator} are common.
 * <p>
 * Respondent ids are opaque and numbered, {@code r-1}, {@code r-2}, ..., never names. A survey
 * shrinks toward no respondents (or the fewest the knobs allow), a plain survey about loyalty
 * alone on the 1-7 scale, every answer at the scale's midpoint (the lower middle of an even
 * range), assessed on 2026-01-01.
 * <p>
 * Every knob returns a new arbitrary; instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface TrustSurveyArbitrary extends Arbitrary<TrustSurvey> {

    /**
     * @param minimum  the lowest answer of the scale
     * @param maximum  the highest answer, above {@code minimum}
     * @return an arbitrary of surveys on that scale, never null
     * @throws dev.partnering.ValidationException if the minimum is not below the maximum
     */
    TrustSurveyArbitrary withScale(int minimum, int maximum);

    /**
     * @param dimensions  the dimensions every survey asks about, in report order, at least one,
     *        with distinct ids, not null
     * @return an arbitrary of surveys asking about exactly those dimensions, never null
     */
    TrustSurveyArbitrary withDimensions(TrustDimension... dimensions);

    /**
     * @param count  the number of respondents on each side at each level, at least 0
     * @return an arbitrary of surveys with that many respondents per side and level, never null
     */
    TrustSurveyArbitrary withRespondents(int count);

    /**
     * @param min  the fewest respondents on each side at each level, at least 0
     * @param max  the most, at least {@code min}
     * @return an arbitrary of surveys with that many respondents per side and level, never null
     */
    TrustSurveyArbitrary withRespondents(int min, int max);

    /**
     * @return an arbitrary of 360° surveys: every respondent also rates its own side and its
     *         partner side on each dimension, never null
     */
    TrustSurveyArbitrary withSelfRatings();

    /** @return an arbitrary of plain surveys, every answer about the relationship, never null */
    TrustSurveyArbitrary withoutSelfRatings();

    /**
     * @return an arbitrary of surveys where every respondent answers every question, so that each
     *         group of answers has exactly the respondents of its side and level, never null
     */
    TrustSurveyArbitrary withEveryQuestionAnswered();

    /**
     * Surveys of several suppliers in one room: the survey names four parties, a customer
     * {@code cust} and the suppliers {@code s1} (lead), {@code s2} and {@code s3}; the k-th respondent
     * of a side at a level works for the (k mod n)-th party of its side; a rating of its own side is
     * about the next party of the side (a supplier about another supplier; the customer about
     * itself), a rating of the partner side about the k-th party of it. Most groups per party are
     * small enough to be suppressed by {@link dev.partnering.trust.TrustCalculator#assessParties}.
     *
     * @return an arbitrary of surveys that name every respondent's party, never null
     * @since 0.1.0
     */
    TrustSurveyArbitrary inOneRoom();

    /**
     * @param date  the assessment date of every survey, not null
     * @return an arbitrary of surveys assessed that day, never null
     */
    TrustSurveyArbitrary assessedOn(LocalDate date);
}
