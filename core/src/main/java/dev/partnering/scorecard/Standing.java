package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

import dev.partnering.explanation.Explanation;
import dev.partnering.period.ReportingPeriod;

/**
 * The standing of an agreement in a period: the band its overall score falls in, with the band's
 * consequences, and the explanation. This class is immutable and thread-safe.
 *
 * @param period  the period
 * @param band  the band
 * @param score  the score that placed it there
 * @param explanation  the rule applied and the consequences
 * @since 0.1.0
 */
public record Standing(ReportingPeriod period, StandingBand band, BigDecimal score, Explanation explanation) {

    /**
     * Checks for nulls.
     *
     * @param period the period
     * @param band the band
     * @param score the score that placed it there
     * @param explanation the rule applied and the consequences
     */
    public Standing {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** @return the standing's name, e.g. {@code watch}, never null */
    public String name() {
        return band.name();
    }
}
