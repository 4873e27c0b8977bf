package dev.partnering.trust;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.internal.Decimals;
import dev.partnering.party.PartyKind;

/**
 * Computes a {@link TrustReport} from a {@link TrustSurvey}, following the {@link TrustPolicy}.
 * <p>
 * Each answer is normalised to 0..100 by the survey's {@link LikertScale}. A group's score is the
 * mean of its normalised answers. A side's view of the relationship on a dimension takes every
 * answer of that side on the dimension, whatever its {@link Focus}. The trust index is the
 * weighted mean of the dimension scores shown (equal weights by default), overall, per side and
 * per side and level. The perception gap of a dimension is {@code |customer - supplier|}; the
 * relationship is in balance when every gap is at most the threshold. The self-image of a side
 * compares its answers about itself with the other side's answers about its partner.
 * <p>
 * Precision: a group's score is {@code steps x 100 / (range x answers)}, from the exact sum of the
 * answers' steps above the scale's minimum, divided once and rounded HALF_EVEN to
 * {@link TrustReport#DECIMALS} decimals; an index is the weighted mean of the rounded scores shown,
 * divided once and rounded the same way.
 * <p>
 * Anonymity: a figure of a group with fewer respondents than the minimum group size is
 * suppressed, and so is every further figure needed to keep such a group from being worked out by
 * subtraction, and then every further figure needed so that the figures shown, with the ends of the
 * scale, leave every combination of the group's answers possible (see the package documentation
 * and the report's {@link TrustReport#suppressed()}). Indexes, gaps and trends use shown figures
 * only; a trend shows a change only where it cannot expose the few who joined or left. The
 * package documentation says what a user comparing separate reports by hand can still learn. Answer and respondent counts appear only beside shown figures; answer counts
 * add up like the sums and are protected with them. Respondent counts of a side and of its 360°
 * views may still tell how many respondents skipped a question, never what anyone answered. The
 * effort of the protection grows with the minimum group size (the bounds rule checks every
 * combination of "all at the minimum" and "all at the maximum" over the cells of each largest group
 * below the minimum); with the default of 3 a report of five dimensions takes milliseconds.
 * <p>
 * The calculator is stateless apart from its policy, never mutates its inputs, and its result
 * does not depend on the order of responses or answers. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(TrustCalculator.class);
    private static final List<PartyKind> SIDES = List.of(PartyKind.CUSTOMER, PartyKind.SUPPLIER);

    private final TrustPolicy policy;

    private TrustCalculator(TrustPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @return a calculator with the default policy (minimum group 3, threshold 15, equal weights), never null */
    public static TrustCalculator standard() {
        return new TrustCalculator(TrustPolicy.defaults());
    }

    /**
     * @param policy  the policy, not null
     * @return a calculator following the policy, never null
     */
    public static TrustCalculator of(TrustPolicy policy) {
        return new TrustCalculator(policy);
    }

    /** @return the policy, never null */
    public TrustPolicy policy() {
        return policy;
    }

    /**
     * Computes the report of a survey, without a trend.
     *
     * @param survey  the survey, not null
     * @return the report, never null
     * @throws ValidationException if the policy weighs a dimension the survey does not ask about
     */
    public TrustReport assess(TrustSurvey survey) {
        return assess(survey, Optional.empty());
    }

    /**
     * Computes the report of a survey with its trend against the previous assessment. The trend
     * compares only figures shown in both reports.
     *
     * @param survey  the survey, not null
     * @param previous  the report of the previous assessment, dated before this survey, not null
     * @return the report, never null
     * @throws ValidationException if the previous assessment is not before this one, or the policy
     *         weighs a dimension the survey does not ask about
     */
    public TrustReport assess(TrustSurvey survey, TrustReport previous) {
        return assess(survey, Optional.of(Objects.requireNonNull(previous, "previous")));
    }

    /**
     * Computes the figures per party and per pair of parties of a survey that records parties
     * (several suppliers in one room): see {@link PartyTrustReport}. Responses without a party count
     * in no figure of it (they still count in the {@link TrustReport} of their side).
     * <p>
     * Anonymity, for every group shown (per party, per party and level, per pair, about a party): a
     * figure of fewer respondents than the minimum group size is suppressed; and the figures of a
     * dimension are shown only when every cell of its answers, by side, party, level, focus and
     * party answered about, has at least the minimum number of respondents; otherwise all of them are
     * suppressed (reason {@link SuppressionReason#COMPLEMENTARY}). Why this protects: every figure
     * of either report is the mean of a union of such cells, so every group a reader can form from
     * them, by subtraction, by the bounds of the scale, or combined with the figures of the report
     * per side, holds at least the minimum number of respondents. When some cell is smaller, no
     * figure per party is shown, and the report per side protects its groups as before. No trend is
     * computed per party; comparing two of these reports by hand is subject to what the package
     * documentation says about comparing separate reports.
     *
     * @param survey  the survey, not null
     * @return the report per party, never null; without figures when the survey records no party
     * @since 0.1.0
     */
    public PartyTrustReport assessParties(TrustSurvey survey) {
        Objects.requireNonNull(survey, "survey");
        PartyTrustReport report = PartyTrust.assess(survey, policy.minimumGroupSize());
        LOG.debug("trust per party of {}: {} figures, {} suppressed", survey.assessmentDate(), report.figures().size(),
                report.suppressed().size());
        return report;
    }

    private TrustReport assess(TrustSurvey survey, Optional<TrustReport> previous) {
        Objects.requireNonNull(survey, "survey");
        check(survey, previous);
        List<GovernanceLevel> levels = levelsAnswered(survey);
        Map<TrustGroup, GroupScore> scores = new LinkedHashMap<>();
        for (TrustDimension d : survey.dimensions()) {
            scores.putAll(scoreDimension(survey, d, levels));
        }
        List<DimensionTrust> dimensions = survey.dimensions().stream().map(d -> dimensionTrust(d, scores)).toList();
        TrustIndex overall = index(survey.dimensions(), d -> scores.get(TrustGroup.overall(d)));
        TrustIndex customer = index(survey.dimensions(), d -> scores.get(TrustGroup.side(d, PartyKind.CUSTOMER)));
        TrustIndex supplier = index(survey.dimensions(), d -> scores.get(TrustGroup.side(d, PartyKind.SUPPLIER)));
        List<LevelTrust> levelTrust = new ArrayList<>();
        for (PartyKind side : SIDES) {
            for (GovernanceLevel level : levels) {
                levelTrust.add(new LevelTrust(side, level,
                        survey.dimensions().stream().map(d -> scores.get(TrustGroup.level(d, side, level))).toList(),
                        index(survey.dimensions(), d -> scores.get(TrustGroup.level(d, side, level)))));
            }
        }
        Balance balance = balance(dimensions);
        Optional<TrustTrend> trend = previous.map(p -> trend(p, overall, customer, supplier, dimensions));
        List<GroupScore.Suppressed> suppressed = scores.values().stream()
                .filter(GroupScore.Suppressed.class::isInstance).map(GroupScore.Suppressed.class::cast).toList();
        TrustReport draft = new TrustReport(survey.assessmentDate(), survey.scale(), policy, survey.responses().size(),
                dimensions, overall, customer, supplier, levelTrust, balance, trend, suppressed,
                Explanation.of("Trust report of " + survey.assessmentDate(), List.of()));
        Explanation explanation = TrustExplanation.of(draft);
        LOG.debug("trust report of {}: index {}, {}, {} figures suppressed", survey.assessmentDate(),
                overall.value().map(Decimals::show).orElse("n/a"), balance, suppressed.size());
        return new TrustReport(survey.assessmentDate(), survey.scale(), policy, survey.responses().size(), dimensions,
                overall, customer, supplier, levelTrust, balance, trend, suppressed, explanation);
    }

    private void check(TrustSurvey survey, Optional<TrustReport> previous) {
        List<Violation> violations = new ArrayList<>();
        new TreeMap<>(policy.weights()).keySet().stream().filter(id -> survey.dimension(id).isEmpty())
                .forEach(id -> violations.add(Violation.of("policy.weights." + id, id, "the policy weighs dimension '"
                        + id + "', which the survey of " + survey.assessmentDate() + " does not ask about")));
        previous.filter(p -> !p.assessmentDate().isBefore(survey.assessmentDate()))
                .ifPresent(p -> violations.add(Violation.of("previous.assessmentDate", p.assessmentDate(),
                        "the previous assessment of " + p.assessmentDate() + " must be before this one of "
                                + survey.assessmentDate())));
        if (!violations.isEmpty()) {
            throw new ValidationException("Trust assessment of " + survey.assessmentDate(), violations);
        }
    }

    private static List<GovernanceLevel> levelsAnswered(TrustSurvey survey) {
        Set<GovernanceLevel> levels = EnumSet.noneOf(GovernanceLevel.class);
        survey.responses().forEach(r -> levels.add(r.level()));
        return List.copyOf(levels);
    }

    /** The groups of one dimension, in report order. */
    static List<TrustGroup> groups(TrustDimension d, List<GovernanceLevel> levels) {
        List<TrustGroup> groups = new ArrayList<>();
        groups.add(TrustGroup.overall(d));
        for (PartyKind side : SIDES) {
            groups.add(TrustGroup.side(d, side));
            groups.add(TrustGroup.view(d, side, Focus.OWN_SIDE));
            groups.add(TrustGroup.view(d, side, Focus.PARTNER_SIDE));
            levels.forEach(l -> groups.add(TrustGroup.level(d, side, l)));
        }
        return groups;
    }

    private Map<TrustGroup, GroupScore> scoreDimension(TrustSurvey survey, TrustDimension d, List<GovernanceLevel> levels) {
        long range = (long) survey.scale().maximum() - survey.scale().minimum();
        Map<Cell, CellAnswers> cells = new TreeMap<>();
        for (SurveyResponse r : survey.responses()) {
            for (Answer a : r.answers()) {
                if (a.dimension().equals(d)) {
                    cells.computeIfAbsent(new Cell(r.side(), r.level(), a.focus()), c -> new CellAnswers())
                            .add(r.respondent(), (long) a.value() - survey.scale().minimum());
                }
            }
        }
        List<Cell> keys = List.copyOf(cells.keySet());
        List<Set<String>> cellRespondents = keys.stream().map(c -> cells.get(c).respondents).toList();
        List<Disclosure.Figure> figures = new ArrayList<>();
        for (TrustGroup g : groups(d, levels)) {
            int mask = 0;
            Set<String> respondents = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).isIn(g)) {
                    mask |= 1 << i;
                    respondents.addAll(cellRespondents.get(i));
                }
            }
            figures.add(new Disclosure.Figure(g, rank(g), mask, respondents));
        }
        Map<TrustGroup, SuppressionReason> hidden = Disclosure.suppress(figures, cellRespondents,
                policy.minimumGroupSize());
        List<Bounds.CellData> data = keys.stream().map(c -> new Bounds.CellData(c.side(), c.level(), c.focus(),
                range * cells.get(c).answers, cells.get(c).steps, cells.get(c).respondents)).toList();
        Bounds.suppress(figures, data, policy.minimumGroupSize(), hidden);
        Map<TrustGroup, GroupScore> out = new LinkedHashMap<>();
        for (Disclosure.Figure f : figures) {
            out.put(f.group(), score(f, hidden.get(f.group()), keys, cells, range));
        }
        return out;
    }

    /**
     * @param steps  the sum of the answers' steps above the scale's minimum
     * @param answers  the number of answers, positive
     * @param range  the steps of the scale, maximum - minimum, positive
     * @return {@code steps * 100 / (range * answers)} rounded once, HALF_EVEN, to {@link TrustReport#DECIMALS}
     */
    static BigDecimal mean(long steps, long answers, long range) {
        return BigDecimal.valueOf(steps).multiply(Decimals.HUNDRED)
                .divide(BigDecimal.valueOf(Math.multiplyExact(range, answers)), TrustReport.DECIMALS, RoundingMode.HALF_EVEN);
    }

    /**
     * @param weighted  the sum of weight x score, not null
     * @param weights  the sum of the weights, not null
     * @return the quotient rounded once, HALF_EVEN, to {@link TrustReport#DECIMALS}; empty when the weights are 0
     */
    static Optional<BigDecimal> weightedMean(BigDecimal weighted, BigDecimal weights) {
        return weights.signum() == 0 ? Optional.empty()
                : Optional.of(weighted.divide(weights, TrustReport.DECIMALS, RoundingMode.HALF_EVEN));
    }

    private GroupScore score(Disclosure.Figure f, SuppressionReason hidden, List<Cell> keys, Map<Cell, CellAnswers> cells,
            long range) {
        if (f.cells() == 0) {
            return new GroupScore.NoAnswers(f.group());
        }
        if (hidden != null) {
            return new GroupScore.Suppressed(f.group(), hidden, policy.minimumGroupSize());
        }
        long steps = 0;
        int answers = 0;
        for (int i = 0; i < keys.size(); i++) {
            if ((f.cells() >>> i & 1) != 0) {
                CellAnswers c = cells.get(keys.get(i));
                steps += c.steps;
                answers += c.answers;
            }
        }
        return new GroupScore.Shown(f.group(), mean(steps, answers, range), answers, f.respondents().size());
    }

    private static int rank(TrustGroup g) {
        if (g.level().isPresent()) {
            return 0;
        }
        if (g.focus().isPresent()) {
            return 1;
        }
        return g.side().isPresent() ? 2 : 3;
    }

    private DimensionTrust dimensionTrust(TrustDimension d, Map<TrustGroup, GroupScore> scores) {
        GroupScore customer = scores.get(TrustGroup.side(d, PartyKind.CUSTOMER));
        GroupScore supplier = scores.get(TrustGroup.side(d, PartyKind.SUPPLIER));
        return new DimensionTrust(d, policy.weightOf(d), scores.get(TrustGroup.overall(d)), customer, supplier,
                selfImage(d, PartyKind.CUSTOMER, scores), selfImage(d, PartyKind.SUPPLIER, scores));
    }

    private static SelfImage selfImage(TrustDimension d, PartyKind side, Map<TrustGroup, GroupScore> scores) {
        return new SelfImage(side, scores.get(TrustGroup.view(d, side, Focus.OWN_SIDE)),
                scores.get(TrustGroup.view(d, side.other(), Focus.PARTNER_SIDE)));
    }

    private TrustIndex index(List<TrustDimension> dimensions, Function<TrustDimension, GroupScore> score) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<TrustDimension> included = new ArrayList<>();
        List<TrustDimension> leftOut = new ArrayList<>();
        for (TrustDimension d : dimensions) {
            Optional<BigDecimal> s = score.apply(d).score();
            if (s.isPresent()) {
                weighted = weighted.add(policy.weightOf(d).multiply(s.get()));
                weights = weights.add(policy.weightOf(d));
                included.add(d);
            } else {
                leftOut.add(d);
            }
        }
        return new TrustIndex(weightedMean(weighted, weights), included, leftOut);
    }

    private Balance balance(List<DimensionTrust> dimensions) {
        boolean undetermined = false;
        for (DimensionTrust d : dimensions) {
            Optional<BigDecimal> gap = d.perceptionGap();
            if (gap.isEmpty()) {
                undetermined = true;
            } else if (gap.get().compareTo(policy.balanceThreshold()) > 0) {
                return Balance.OUT_OF_BALANCE;
            }
        }
        return undetermined ? Balance.UNDETERMINED : Balance.IN_BALANCE;
    }

    /**
     * The trend: the change of every figure shown in both reports whose comparison cannot expose a
     * group below the minimum (see {@link #comparable}). The minimum is the larger of the two
     * reports' policies.
     */
    private TrustTrend trend(TrustReport previous, TrustIndex overall, TrustIndex customer, TrustIndex supplier,
            List<DimensionTrust> dimensions) {
        int minimum = Math.max(policy.minimumGroupSize(), previous.policy().minimumGroupSize());
        List<TrustChange> changes = new ArrayList<>();
        addIndexChange(changes, TrustTrend.INDEX, previous.index(), overall, previous.dimensions(), dimensions,
                DimensionTrust::overall, minimum);
        for (PartyKind side : SIDES) {
            addIndexChange(changes, TrustTrend.indexName(side), previous.index(side), side == PartyKind.CUSTOMER
                    ? customer : supplier, previous.dimensions(), dimensions, d -> d.side(side), minimum);
        }
        for (DimensionTrust d : dimensions) {
            Optional<DimensionTrust> before = before(previous.dimensions(), d.dimension());
            for (GroupScore now : List.of(d.overall(), d.customer(), d.supplier())) {
                Optional<GroupScore> then = before.map(p -> counterpart(p, now.group()));
                if (then.isPresent() && comparable(then.get(), now, minimum)) {
                    changes.add(new TrustChange(now.group().label(), then.get().score().orElseThrow(),
                            now.score().orElseThrow()));
                }
            }
        }
        return new TrustTrend(previous.assessmentDate(), changes);
    }

    /**
     * Whether the change between two figures of the same group may be shown. Both must be shown; and
     * their respondents and answers must be as many in both assessments, or their respondents must
     * differ in number by at least the minimum. Otherwise the reader could work out the answers of
     * the few who joined or left from the two means and answer counts (4 x 62.5 - 3 x 77.78 is the
     * answer of the one newcomer). Respondents are anonymous across assessments, so only their
     * numbers can be compared: when as many left as joined, the change still compares two groups
     * of people, which the class comment of {@link TrustCalculator} documents.
     *
     * @param before  the figure of the previous assessment, not null
     * @param now  the figure of this assessment, not null
     * @param minimum  the minimum group size
     * @return true if the change may be shown
     */
    static boolean comparable(GroupScore before, GroupScore now, int minimum) {
        if (!(before instanceof GroupScore.Shown b) || !(now instanceof GroupScore.Shown n)) {
            return false;
        }
        int respondents = Math.abs(b.respondents() - n.respondents());
        return respondents == 0 && b.answers() == n.answers() || respondents >= minimum;
    }

    /**
     * Adds the change of a trust index when it is shown in both reports over the same dimensions,
     * each of whose figures may be compared: an index is a weighted mean of those figures, so its
     * change exposes what theirs would.
     */
    private static void addIndexChange(List<TrustChange> changes, String figure, TrustIndex before, TrustIndex now,
            List<DimensionTrust> previous, List<DimensionTrust> current, Function<DimensionTrust, GroupScore> score,
            int minimum) {
        if (before.value().isEmpty() || now.value().isEmpty() || !ids(before.included()).equals(ids(now.included()))) {
            return;
        }
        for (DimensionTrust d : current) {
            Optional<DimensionTrust> then = before(previous, d.dimension());
            if (now.included().contains(d.dimension())
                    && (then.isEmpty() || !comparable(score.apply(then.get()), score.apply(d), minimum))) {
                return;
            }
        }
        changes.add(new TrustChange(figure, before.value().get(), now.value().get()));
    }

    private static List<String> ids(List<TrustDimension> dimensions) {
        return dimensions.stream().map(TrustDimension::id).sorted().toList();
    }

    private static Optional<DimensionTrust> before(List<DimensionTrust> previous, TrustDimension dimension) {
        return previous.stream().filter(p -> p.dimension().id().equals(dimension.id())).findFirst();
    }

    private static GroupScore counterpart(DimensionTrust previous, TrustGroup group) {
        return group.side().map(previous::side).orElse(previous.overall());
    }

    /** The answers of one side at one level with one focus on one dimension. */
    private record Cell(PartyKind side, GovernanceLevel level, Focus focus) implements Comparable<Cell> {

        boolean isIn(TrustGroup g) {
            return g.side().map(s -> s == side).orElse(true) && g.level().map(l -> l == level).orElse(true)
                    && g.focus().map(f -> f == focus).orElse(true);
        }

        @Override
        public int compareTo(Cell o) {
            int c = side.compareTo(o.side);
            if (c == 0) {
                c = level.compareTo(o.level);
            }
            return c != 0 ? c : focus.compareTo(o.focus);
        }
    }

    /** The answers in one cell: the exact sum of their steps above the scale's minimum, count and respondents. */
    private static final class CellAnswers {
        private final Set<String> respondents = new HashSet<>();
        private long steps;
        private int answers;

        void add(String respondent, long step) {
            respondents.add(respondent);
            steps += step;
            answers++;
        }
    }
}
