package dev.partnering.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.partnering.internal.Decimals;
import dev.partnering.explanation.Explanation;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;

/**
 * How an agreement performed in a reporting period: one {@link ScorecardLine} per KPI and the score
 * Σ wᵢ·aᵢ / Σ wᵢ over the counted lines, with the missing-data policy applied, the trend against
 * the previous period, transparency warnings and the explanation.
 * <p>
 * When every KPI is left out the score is absent and {@link #undefinedReason()} says why; it is
 * never 0 or 1 by accident. The score is rounded once, HALF_EVEN, to the agreement's declared
 * decimals ({@link dev.partnering.agreement.Agreement#precision()}, 6 by default).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreementId  the agreement's id
 * @param period  the period
 * @param policy  the missing-data policy applied
 * @param lines  one line per KPI, in the agreement's KPI order
 * @param score  Σ wᵢ·aᵢ / Σ wᵢ over the counted lines, absent if no line counts
 * @param undefinedReason  why the score is absent, if it is
 * @param previousScore  the score of the previous period of the same length, if defined
 * @param warnings  transparency warnings
 * @param explanation  the steps that produced the scorecard
 * @since 0.1.0
 */
public record Scorecard(String agreementId, ReportingPeriod period, MissingDataPolicy policy, List<ScorecardLine> lines,
        Optional<BigDecimal> score, Optional<String> undefinedReason, Optional<BigDecimal> previousScore,
        List<ScorecardWarning> warnings, Explanation explanation) {

    /**
     * Copies the lists (the calculator's lines and warnings, made when read, are kept as they are); checks for
     * nulls; holds the figures in the SDK's canonical form (no trailing zeros).
     *
     * @param agreementId  the agreement's id
     * @param period  the period
     * @param policy  the missing-data policy applied
     * @param lines  one line per KPI, in the agreement's KPI order
     * @param score  Σ wᵢ·aᵢ / Σ wᵢ over the counted lines, absent if no line counts
     * @param undefinedReason  why the score is absent, if it is
     * @param previousScore  the score of the previous period of the same length, if defined
     * @param warnings  transparency warnings
     * @param explanation  the steps that produced the scorecard
     */
    public Scorecard {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        lines = dev.partnering.internal.LazyList.immutable(lines); // the calculator's lines are made when read
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(undefinedReason, "undefinedReason");
        Objects.requireNonNull(previousScore, "previousScore");
        score = Decimals.canonical(score);
        previousScore = Decimals.canonical(previousScore);
        warnings = dev.partnering.internal.LazyList.immutable(warnings); // the calculator's are made when read
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @return the change of the score against the previous period (score − previous score, in canonical form, as
     *         every computed figure that is not money), if both are defined
     */
    public Optional<BigDecimal> trend() {
        return score.flatMap(s -> previousScore.map(p -> Decimals.canonical(s.subtract(p))));
    }

    /**
     * @param kpiId  a KPI id, not null
     * @return the line of that KPI, if the scorecard has one
     * @throws NullPointerException if the id is null
     */
    public Optional<ScorecardLine> line(String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        if (lines instanceof dev.partnering.internal.LazyList<ScorecardLine> lazy) {
            // the calculator's lines know their KPI ids before they are made: only the one asked for is made
            int i = lazy.indexOfKey(kpiId);
            if (i != -2) {
                return i < 0 ? Optional.empty() : Optional.of(lazy.get(i));
            }
        }
        for (ScorecardLine l : lines) {
            if (l.kpiId().equals(kpiId)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    static {
        // the incentive components, in another package, read what a credit trigger needs without making the line
        dev.partnering.internal.Secret.LINE_FIGURES.install(new dev.partnering.internal.Secret.LineFigures() {
            @Override
            public int of(Object scorecard, String kpiId) {
                return ((Scorecard) scorecard).figures(kpiId);
            }

            @Override
            public int at(Object scorecard, int index) {
                return ((Scorecard) scorecard).figuresAt(index);
            }

            @Override
            public String kpiIdAt(Object scorecard, int index) {
                return ((Scorecard) scorecard).kpiIdAt(index);
            }
        });
    }

    /** @return the figures of the line at an index, as {@code Secret.LineFigures} packs them */
    private int figuresAt(int index) {
        if (lines instanceof dev.partnering.internal.LazyList<ScorecardLine> lazy) {
            long f = lazy.figures(index);
            if (f != dev.partnering.internal.Secret.LineFigures.UNKNOWN) {
                return (int) f;
            }
        }
        return figuresOf(lines.get(index));
    }

    /** @return the KPI id of the line at an index, read without making the line where its list knows it */
    private String kpiIdAt(int index) {
        if (lines instanceof dev.partnering.internal.LazyList<ScorecardLine> lazy && lazy.keyAt(index) instanceof String id) {
            return id;
        }
        return lines.get(index).kpiId();
    }

    /** @return the figures of the KPI's line as {@code Secret.LineFigures} packs them, -1 if there is none */
    private int figures(String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        if (lines instanceof dev.partnering.internal.LazyList<ScorecardLine> lazy) {
            int i = lazy.indexOfKey(kpiId);
            if (i == -1) {
                return -1;
            }
            if (i >= 0) {
                return figuresAt(i);
            }
        }
        return line(kpiId).map(Scorecard::figuresOf).orElse(-1);
    }

    private static int figuresOf(ScorecardLine line) {
        BigDecimal a = line.attainment().orElse(null);
        return dev.partnering.internal.Secret.LineFigures.encode(line.status().ordinal(), line.counted(),
                a != null && a.signum() == 0, a == null ? 0 : a.compareTo(BigDecimal.ONE));
    }

    /** @return the ids of the KPIs with status MISSING, never null */
    public List<String> missingKpis() {
        return lines.stream().filter(l -> l.status() == KpiStatus.MISSING).map(ScorecardLine::kpiId)
                .collect(Collectors.toUnmodifiableList());
    }

    /** @return the lines left out of the weighting, never null */
    public List<ScorecardLine> leftOut() {
        return lines.stream().filter(l -> !l.counted()).collect(Collectors.toUnmodifiableList());
    }
}
