package dev.partnering.trust;

import java.time.LocalDate;

import net.jqwik.api.Arbitrary;

/** Core's trust generators ({@code TrustProperties}, {@code TrustSurveys}) for the Jackson module's tests. */
public final class SharedArbitraries {

    /** The assessment date of the generated surveys. */
    public static final LocalDate ASSESSMENT_DATE = TrustSurveys.MARCH;

    private SharedArbitraries() {
    }

    /**
     * @return surveys of up to 14 respondents of both sides and every level on honesty and
     *         transparency, 1-5, about the relationship and 360°, often with groups small enough
     *         to be suppressed
     */
    public static Arbitrary<TrustSurvey> surveys() {
        return new TrustProperties().surveys();
    }
}
