package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.List;

import dev.partnering.ValidationException;
import dev.partnering.internal.Limits;
import dev.partnering.internal.Violations;

/**
 * One band of an agreement's standings: a score at or above {@code minimumScore} (and below the
 * next band's minimum) gives the standing {@code name}, e.g. "watch" from 0.70, with its
 * consequences in words, e.g. "monthly review at level B".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the standing's name, not blank
 * @param minimumScore  the lowest score of the band, not negative
 * @param consequences  what the standing means for the relationship, in words
 * @since 0.1.0
 */
public record StandingBand(String name, BigDecimal minimumScore, List<String> consequences) {

    /**
     * @throws ValidationException if a part is missing, the name blank or the minimum negative
     *
     * @param name the standing's name, not blank
     * @param minimumScore the lowest score of the band, not negative
     * @param consequences what the standing means for the relationship, in words
     */
    public StandingBand {
        Violations v = Violations.of("StandingBand");
        boolean n = v.required("name", name);
        boolean m = v.required("minimumScore", minimumScore) && Limits.check(v, "minimumScore", minimumScore);
        v.requiredAll("consequences", consequences);
        v.throwIfAny();
        v.require(!n || !name.isBlank(), "name", name, "a standing has a name");
        v.require(!m || minimumScore.signum() >= 0, "minimumScore", minimumScore, () -> "standing '" + name + "' from "
                + minimumScore.toPlainString() + ": a score is not negative");
        v.throwIfAny();
        consequences = List.copyOf(consequences);
    }

    /**
     * @param name  the standing's name, not null
     * @param minimumScore  the lowest score of the band, not null
     * @param consequences  what it means, in words
     * @return the band, never null
     * @throws ValidationException if a part is invalid
     */
    public static StandingBand of(String name, BigDecimal minimumScore, String... consequences) {
        return new StandingBand(name, minimumScore, List.of(consequences));
    }
}
