package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.partnering.ValidationException;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Violations;

/**
 * An agreement's score bands: each overall score maps to one standing (e.g. excellent, good, watch,
 * critical), whose names, bounds and consequences the parties agree. The bands are held from the
 * highest minimum to the lowest; the lowest starts at 0, so every defined score has a standing.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param bands  the bands, highest minimum first
 * @since 0.1.0
 */
public record Standings(List<StandingBand> bands) {

    /**
     * Sorts the bands by minimum, highest first.
     *
     * @param bands the bands, highest minimum first
     * @throws ValidationException if there is no band, two share a name or a minimum, or none starts at 0
     */
    public Standings {
        Violations v = Violations.of("Standings");
        v.requiredAll("bands", bands);
        v.throwIfAny();
        List<StandingBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(StandingBand::minimumScore).reversed());
        v.require(!sorted.isEmpty(), "bands", "[]", "standings need at least one band");
        Set<String> names = new HashSet<>();
        Set<BigDecimal> minima = new HashSet<>();
        for (StandingBand b : sorted) {
            v.require(names.add(b.name()), "bands", b.name(), () -> "two standings are named '" + b.name() + "'");
            v.require(minima.add(b.minimumScore().stripTrailingZeros()), "bands", b.minimumScore(),
                    () -> "two standings start at " + b.minimumScore().toPlainString());
        }
        v.require(sorted.isEmpty() || sorted.get(sorted.size() - 1).minimumScore().signum() == 0, "bands",
                sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).minimumScore(),
                "the lowest standing must start at 0, so that every score has a standing");
        v.throwIfAny();
        bands = List.copyOf(sorted);
    }

    /**
     * @param bands  the bands, in any order, not null
     * @return the standings, never null
     * @throws ValidationException if the bands are inconsistent
     */
    public static Standings of(StandingBand... bands) {
        return new Standings(List.of(bands));
    }

    /**
     * Excellent from 0.95, good from 0.85, watch from 0.70 (monthly review at level B), critical
     * below (escalation to level A, remediation plan).
     *
     * @return the standard standings, never null
     */
    public static Standings standard() {
        return of(StandingBand.of("excellent", new BigDecimal("0.95"), "candidate for a bonus review at level A"),
                StandingBand.of("good", new BigDecimal("0.85")),
                StandingBand.of("watch", new BigDecimal("0.70"), "monthly review at level B"),
                StandingBand.of("critical", BigDecimal.ZERO, "escalation to level A", "remediation plan within 30 days"));
    }

    /**
     * @param score  a score, not negative, not null
     * @return the band the score falls in, never null
     */
    public StandingBand bandOf(BigDecimal score) {
        for (StandingBand b : bands) {
            if (score.compareTo(b.minimumScore()) >= 0) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    /**
     * @return the bands in words, highest first: {@code excellent ≥ 0.95, good ≥ 0.85, watch ≥ 0.70, critical ≥ 0}
     * @since 0.1.0
     */
    public String describe() {
        return String.join(", ", bands.stream().map(b -> b.name() + " ≥ " + b.minimumScore().toPlainString()).toList());
    }

    /**
     * The standing of a scorecard, explained: the rule applied ({@code score 0.8125 ≥ 0.70 (below good at 0.85):
     * standing watch}), the band's consequences and the bands in force ({@link #describe()}).
     *
     * @param scorecard  the scorecard, not null
     * @return the standing, empty when the score is undefined
     */
    public Optional<Standing> standingOf(Scorecard scorecard) {
        return scorecard.score().map(s -> {
            StandingBand band = bandOf(s);
            int i = bands.indexOf(band);
            String next = i == 0 ? "" : " (below " + bands.get(i - 1).name() + " at " + bands.get(i - 1).minimumScore().toPlainString() + ")";
            Explanation.Builder ex = Explanation.builder("Standing " + scorecard.agreementId() + " " + scorecard.period());
            ex.add(StepKind.RULE, "score " + s.toPlainString() + " ≥ " + band.minimumScore().toPlainString() + next
                    + ": standing " + band.name());
            band.consequences().forEach(c -> ex.add(StepKind.RESULT, "consequence: " + c));
            ex.add(StepKind.INPUT, "standings: " + describe());
            return new Standing(scorecard.period(), band, s, ex.build());
        });
    }
}
