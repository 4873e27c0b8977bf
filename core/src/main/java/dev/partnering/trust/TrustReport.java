package dev.partnering.trust;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.internal.Decimals;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;

/**
 * The result of a {@link TrustCalculator} for one {@link TrustSurvey}: per dimension the scores of
 * both sides together and of each side, the perception gap between the sides and each side's
 * self-image; the trust index overall and per side; the breakdown per side and governance level;
 * whether the relationship is in balance; the trend against the previous assessment; and every
 * figure suppressed to protect anonymity, with the reason.
 * <p>
 * Precision: every figure is from 0 to 100 and is its exact rational value rounded once, HALF_EVEN,
 * to {@link #DECIMALS} decimals when it comes into being: a group's score from the exact sum of its
 * answers' steps on the scale, divided once; a trust index from the rounded dimension scores it
 * weighs (the values shown are the values used downstream), divided once. Gaps and changes are
 * exact differences of rounded figures. Round further only for display. A suppressed figure is
 * absent everywhere in the report, including the explanation.
 * <p>
 * A report is computed by {@link TrustCalculator} only; the JSON module writes it and never reads
 * it back (it leaves out the answers it was computed from). Two reports are equal when all their
 * parts are equal.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustReport {

    /** The decimals of every figure of a report: scores, indexes, gaps and changes; 6. */
    public static final int DECIMALS = 6;

    /**
     * @param value  a figure, not null
     * @return the figure in the SDK's canonical form (75.000000 becomes 75), so that equal figures
     *         are equal values whatever their trailing zeros; a figure with more than {@link #DECIMALS}
     *         decimals keeps them
     */
    static BigDecimal canonical(BigDecimal value) {
        return Decimals.canonical(value);
    }

    private final LocalDate assessmentDate;
    private final LikertScale scale;
    private final TrustPolicy policy;
    private final int respondents;
    private final List<DimensionTrust> dimensions;
    private final TrustIndex index;
    private final TrustIndex customerIndex;
    private final TrustIndex supplierIndex;
    private final List<LevelTrust> levels;
    private final Balance balance;
    private final Optional<TrustTrend> trend;
    private final List<GroupScore.Suppressed> suppressed;
    private final Explanation explanation;

    TrustReport(LocalDate assessmentDate, LikertScale scale, TrustPolicy policy, int respondents,
            List<DimensionTrust> dimensions, TrustIndex index, TrustIndex customerIndex, TrustIndex supplierIndex,
            List<LevelTrust> levels, Balance balance, Optional<TrustTrend> trend,
            List<GroupScore.Suppressed> suppressed, Explanation explanation) {
        this.assessmentDate = Objects.requireNonNull(assessmentDate, "assessmentDate");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.respondents = respondents;
        this.dimensions = List.copyOf(dimensions);
        this.index = Objects.requireNonNull(index, "index");
        this.customerIndex = Objects.requireNonNull(customerIndex, "customerIndex");
        this.supplierIndex = Objects.requireNonNull(supplierIndex, "supplierIndex");
        this.levels = List.copyOf(levels);
        this.balance = Objects.requireNonNull(balance, "balance");
        this.trend = Objects.requireNonNull(trend, "trend");
        this.suppressed = List.copyOf(suppressed);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** @return the date of the assessment, never null */
    public LocalDate assessmentDate() {
        return assessmentDate;
    }

    /** @return the survey's answer scale, never null */
    public LikertScale scale() {
        return scale;
    }

    /** @return the policy the report was computed with, never null */
    public TrustPolicy policy() {
        return policy;
    }

    /** @return the number of respondents of the survey, all sides and levels together */
    public int respondents() {
        return respondents;
    }

    /** @return the figures of each dimension, in survey order, never null */
    public List<DimensionTrust> dimensions() {
        return dimensions;
    }

    /**
     * @param dimension  a dimension of the survey, not null
     * @return its figures, never null
     * @throws IllegalArgumentException if the survey does not ask about the dimension
     */
    public DimensionTrust dimension(TrustDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        return dimensions.stream().filter(d -> d.dimension().equals(dimension)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the survey does not ask about dimension '" + dimension.id() + "'"));
    }

    /** @return the overall trust index with the dimensions it includes, never null */
    public TrustIndex index() {
        return index;
    }

    /** @return the overall trust index from 0 to 100, empty when no dimension score is shown */
    public Optional<BigDecimal> trustIndex() {
        return index.value();
    }

    /**
     * @param side  a side, not null
     * @return the side's trust index with the dimensions it includes, never null
     */
    public TrustIndex index(PartyKind side) {
        return side == PartyKind.CUSTOMER ? customerIndex : supplierIndex;
    }

    /** @return the customer side's trust index, {@code index(PartyKind.CUSTOMER)}, never null */
    public TrustIndex customerIndex() {
        return customerIndex;
    }

    /** @return the supplier side's trust index, {@code index(PartyKind.SUPPLIER)}, never null */
    public TrustIndex supplierIndex() {
        return supplierIndex;
    }

    /**
     * @param side  a side, not null
     * @return the side's trust index from 0 to 100, empty when none of its dimension scores is shown
     */
    public Optional<BigDecimal> trustIndex(PartyKind side) {
        return index(side).value();
    }

    /** @return the breakdown per side and level, for every level with respondents, never null */
    public List<LevelTrust> levels() {
        return levels;
    }

    /**
     * @param side  a side, not null
     * @param level  a level, not null
     * @return the breakdown of the side at the level, empty if nobody at that level answered
     */
    public Optional<LevelTrust> level(PartyKind side, GovernanceLevel level) {
        return levels.stream().filter(l -> l.side() == side && l.level() == level).findFirst();
    }

    /** @return whether the sides see the relationship alike, never null */
    public Balance balance() {
        return balance;
    }

    /** @return true if the relationship is {@link Balance#IN_BALANCE in balance} */
    public boolean isInBalance() {
        return balance == Balance.IN_BALANCE;
    }

    /** @return the dimensions whose perception gap is shown and above the balance threshold, never null */
    public List<DimensionTrust> gapsAboveThreshold() {
        return dimensions.stream()
                .filter(d -> d.perceptionGap().filter(g -> g.compareTo(policy.balanceThreshold()) > 0).isPresent())
                .toList();
    }

    /** @return the trend against the previous assessment, if one was given */
    public Optional<TrustTrend> trend() {
        return trend;
    }

    /** @return every figure suppressed to protect anonymity, with the reason, never null */
    public List<GroupScore.Suppressed> suppressed() {
        return suppressed;
    }

    /** @return how the report was computed, never null */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Compares every part of the reports: date, scale, policy, respondents, dimensions, indexes,
     * levels, balance, trend, suppressed figures and explanation.
     *
     * @param other  the other object, may be null
     * @return true if the other object is a report with equal parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TrustReport r && assessmentDate.equals(r.assessmentDate) && scale.equals(r.scale)
                && policy.equals(r.policy) && respondents == r.respondents && dimensions.equals(r.dimensions)
                && index.equals(r.index) && customerIndex.equals(r.customerIndex)
                && supplierIndex.equals(r.supplierIndex) && levels.equals(r.levels) && balance == r.balance
                && trend.equals(r.trend) && suppressed.equals(r.suppressed) && explanation.equals(r.explanation);
    }

    /** @return a hash code consistent with {@link #equals} */
    @Override
    public int hashCode() {
        return Objects.hash(assessmentDate, scale, policy, respondents, dimensions, index, customerIndex, supplierIndex,
                levels, balance, trend, suppressed, explanation);
    }

    /** @return the explanation as plain text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
