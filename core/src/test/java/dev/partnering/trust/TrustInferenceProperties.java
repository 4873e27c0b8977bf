package dev.partnering.trust;

import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.TrustDimension.HONESTY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.partnering.ThoroughTries;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Anonymity against inference, checked by brute force and written independently of the calculator.
 * <p>
 * A reader of a report knows, per dimension, how many answers every cell (side, level, focus)
 * holds (the cautious assumption), the exact sum of every figure shown (mean x answers) and that
 * every answer is on the scale. The reference enumerates the cell sums that agree with all of that
 * and checks, for every group of cells whose respondents together are fewer than the minimum, that
 * every combination of its cell sums from "all answered the minimum" to "all answered the maximum"
 * remains possible: then each answer of each such respondent may still be any value of the scale.
 * On the code before the bounds rule, {@link #noShownFigureNarrowsTheAnswersOfAGroupBelowTheMinimum}
 * fails at once (a side shown at 100 with a lone respondent at a level).
 */
@AddLifecycleHook(ThoroughTries.class)
class TrustInferenceProperties {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 18);
    private static final List<GovernanceLevel> LEVELS = List.of(STRATEGIC, TACTICAL);
    private static final List<Focus> FOCI = List.of(Focus.RELATIONSHIP, Focus.OWN_SIDE);

    // ---------------------------------------------------------------- the defects reported

    @Example
    void aSideShownAtTheTopOfTheScaleWouldTellWhatTheLoneRespondentAtALevelAnswered() {
        // The CIO alone at customer level A, three at level B, all answering 7 of 1-7. Shown, the customer side
        // (4 answers, mean 100) would tell that the CIO answered 7: 4 x 100 - 3 x 100. It is hidden, and so is
        // everything from which it follows (both sides minus the supplier side; level B is hidden by subtraction).
        List<SurveyResponse> r = new ArrayList<>();
        r.add(answer("cio", CUSTOMER, STRATEGIC, 7));
        for (String id : List.of("c1", "c2", "c3")) {
            r.add(answer(id, CUSTOMER, TACTICAL, 7));
        }
        for (String id : List.of("s1", "s2", "s3")) {
            r.add(answer(id, SUPPLIER, TACTICAL, 4));
        }
        DimensionTrust honesty = TrustCalculator.standard().assess(survey(LikertScale.oneToSeven(), r))
                .dimension(HONESTY);
        assertFalse(honesty.customer().isShown());
        assertFalse(honesty.overall().isShown());
        assertEquals("50", honesty.supplier().score().orElseThrow().toPlainString()); // 3 x 3 steps x 100 / 18
    }

    @Example
    void aSideShownNearTheTopWouldNarrowTheLoneRespondentsAnswer() {
        // Customer side 4 answers, mean 95.83 (steps 6 + 6 + 6 + 5 = 23 of 24, 2300 / 24 = 95.833333): the three at
        // level B give at most 18, so the CIO gave at least 5 steps: answered 6 or 7. Hidden.
        List<SurveyResponse> r = new ArrayList<>();
        r.add(answer("cio", CUSTOMER, STRATEGIC, 6));
        for (String id : List.of("c1", "c2", "c3")) {
            r.add(answer(id, CUSTOMER, TACTICAL, 7));
        }
        TrustReport report = TrustCalculator.standard().assess(survey(LikertScale.oneToSeven(), r));
        assertEquals(SuppressionReason.BOUNDS,
                assertInstanceOf(GroupScore.Suppressed.class, report.dimension(HONESTY).customer()).reason());
        // in the middle of the scale the same side is shown: steps 3 + 3 + 3 + 3 = 12, the CIO anywhere in 0..6
        List<SurveyResponse> middle = new ArrayList<>();
        middle.add(answer("cio", CUSTOMER, STRATEGIC, 4));
        for (String id : List.of("c1", "c2", "c3")) {
            middle.add(answer(id, CUSTOMER, TACTICAL, 4));
        }
        DimensionTrust shown = TrustCalculator.standard().assess(survey(LikertScale.oneToSeven(), middle))
                .dimension(HONESTY);
        assertEquals("50", shown.customer().score().orElseThrow().toPlainString()); // 1200 / 24
    }

    // ---------------------------------------------------------------- bounds, by brute force

    @Property(tries = 200)
    void noShownFigureNarrowsTheAnswersOfAGroupBelowTheMinimum(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 2, max = 3) int minimum) {
        TrustReport report = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build()).assess(survey);
        int range = survey.scale().maximum() - survey.scale().minimum();
        Map<String, Cell> cells = cells(survey);
        List<Cell> list = new ArrayList<>(cells.values());
        List<Constraint> shown = new ArrayList<>();
        for (GroupScore s : allScores(report)) {
            if (s instanceof GroupScore.Shown f) {
                int mask = 0;
                long sum = 0;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).isIn(f.group())) {
                        mask |= 1 << i;
                        sum += list.get(i).steps;
                    }
                }
                shown.add(new Constraint(f.group().label(), mask, sum));
            }
        }
        List<Integer> groups = smallGroups(list, minimum);
        Statistics.label("groups below the minimum").collect(groups.isEmpty() ? "none" : "some");
        Statistics.label("bounds suppression").collect(report.suppressed().stream()
                .anyMatch(s -> s.reason() == SuppressionReason.BOUNDS) ? "yes" : "no");
        Search search = new Search(list, range, shown);
        for (int g : groups) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if ((g >>> i & 1) != 0) {
                    members.add(i);
                }
            }
            for (int corner = 0; corner < 1 << members.size(); corner++) {
                long[] fixed = new long[list.size()];
                java.util.Arrays.fill(fixed, -1);
                List<String> described = new ArrayList<>();
                for (int k = 0; k < members.size(); k++) {
                    Cell c = list.get(members.get(k));
                    fixed[members.get(k)] = (corner >>> k & 1) != 0 ? (long) range * c.answers : 0;
                    described.add(c.key + (fixed[members.get(k)] == 0 ? " all at the minimum" : " all at the maximum"));
                }
                boolean possible = search.exists(fixed);
                Assume.that(search.budgetLeft());
                assertTrue(possible, "the figures shown " + shown + " rule out " + described
                        + " for a group of fewer than " + minimum + " respondents");
            }
        }
    }

    /**
     * The flow that decides the bounds rule agrees with the brute-force search: for any set of
     * figures shown (360° views overlapping levels included) and any cells fixed at 0 or full,
     * the flow finds cell sums exactly when the search does.
     */
    @Property(tries = 200)
    void theFlowAgreesWithTheBruteForceSearch(@ForAll("surveys") TrustSurvey survey, @ForAll long shownBits,
            @ForAll int fixedBits, @ForAll int fullBits) {
        int range = survey.scale().maximum() - survey.scale().minimum();
        List<Cell> list = new ArrayList<>(cells(survey).values());
        List<Bounds.CellData> data = list.stream().map(c -> new Bounds.CellData(c.side, c.level, c.focus,
                (long) range * c.answers, c.steps, c.respondents)).toList();
        List<Disclosure.Figure> figures = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<TrustGroup> groups = TrustCalculator.groups(HONESTY, List.of(GovernanceLevel.values()));
        for (int j = 0; j < groups.size(); j++) {
            TrustGroup g = groups.get(j);
            int mask = 0;
            long sum = 0;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isIn(g)) {
                    mask |= 1 << i;
                    sum += list.get(i).steps;
                }
            }
            if (mask != 0 && (shownBits >>> j & 1) != 0) {
                figures.add(new Disclosure.Figure(g, 0, mask, Set.of()));
                constraints.add(new Constraint(g.label(), mask, sum));
            }
        }
        int all = (1 << list.size()) - 1;
        Bounds.Corner corner = new Bounds.Corner(fixedBits & all, fullBits & fixedBits & all);
        long[] fixed = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            boolean isFixed = (corner.group() >>> i & 1) != 0;
            boolean isFull = (corner.full() >>> i & 1) != 0;
            fixed[i] = !isFixed ? -1 : isFull ? (long) range * list.get(i).answers : 0;
        }
        Search search = new Search(list, range, constraints);
        boolean expected = search.exists(fixed);
        Assume.that(search.budgetLeft());
        Statistics.label("possible").collect(expected);
        assertEquals(expected, Bounds.feasible(figures, data, corner), constraints + " with " + corner);
    }

    @Example
    void theBruteForceReferenceFindsTheLeakOfAMeanAtTheTop() {
        // the reference on its own: a lone cell (1 answer) and a cell of 3, a figure over both at its maximum
        List<Cell> cells = List.of(new Cell("A", 1, 4), new Cell("B", 3, 12));
        Search search = new Search(cells, 4, List.of(new Constraint("side", 0b11, 16)));
        assertFalse(search.exists(new long[] {0, -1}));
        assertTrue(search.exists(new long[] {4, -1}));
        // at 12 of 16 every value of the lone answer is possible
        Search middle = new Search(cells, 4, List.of(new Constraint("side", 0b11, 12)));
        assertTrue(middle.exists(new long[] {0, -1}) && middle.exists(new long[] {4, -1}));
    }

    // ---------------------------------------------------------------- across the reports of a series

    @Example
    void aTrendHidesTheChangeThatWouldGiveTheNewcomersAnswer() {
        // September: three customers at level B, honesty 6, 6, 5 of 1-7 (steps 5 + 5 + 4 = 14, 1400 / 18 = 77.777778).
        // March: a fourth joins with 3 (steps 2): 16 steps, 1600 / 24 = 66.666667. 4 x 66.67 - 3 x 77.78 would give the
        // newcomer's 33.33, that is 3: the change is not shown, though both figures are (each of 3 or more).
        List<SurveyResponse> september = new ArrayList<>(List.of(answer("c1", CUSTOMER, TACTICAL, 6),
                answer("c2", CUSTOMER, TACTICAL, 6), answer("c3", CUSTOMER, TACTICAL, 5)));
        TrustCalculator calculator = TrustCalculator.standard();
        TrustReport before = calculator.assess(TrustSurvey.builder().assessmentDate(MAY.minusMonths(8))
                .addDimensions(HONESTY).addAllResponses(september).build());
        List<SurveyResponse> march = new ArrayList<>(september);
        march.add(answer("c4", CUSTOMER, TACTICAL, 3));
        TrustReport now = calculator.assess(survey(LikertScale.oneToSeven(), march), before);
        assertEquals("77.777778", before.dimension(HONESTY).customer().score().orElseThrow().toPlainString());
        assertEquals("66.666667", now.dimension(HONESTY).customer().score().orElseThrow().toPlainString());
        TrustTrend trend = now.trend().orElseThrow();
        assertTrue(trend.changes().isEmpty(), trend.toString());
        assertTrue(now.explanation().toText().contains("no change can be shown"), now.explanation().toText());
        // three newcomers (3, 4, 5: steps 2 + 3 + 4 = 9): 23 steps over 6 answers, 2300 / 36 = 63.888889; the change
        // now compares groups that differ by three, the minimum, and is shown: 63.888889 - 77.777778 = -13.888889
        march.add(answer("c5", CUSTOMER, TACTICAL, 4));
        march.add(answer("c6", CUSTOMER, TACTICAL, 5));
        TrustReport later = calculator.assess(survey(LikertScale.oneToSeven(), march), before);
        assertEquals("-13.888889", later.trend().orElseThrow().change(TrustGroup.side(HONESTY, CUSTOMER))
                .orElseThrow().toPlainString());
        assertEquals("-13.888889", later.trend().orElseThrow().indexChange().orElseThrow().toPlainString());
    }

    /**
     * For a series of two surveys where respondents leave and join, every change the trend shows
     * compares a figure whose respondents and answers are as many in both, or whose respondents
     * differ in number by at least the minimum; a trust index's change only so for every
     * dimension it weighs, over the same dimensions.
     */
    @Property(tries = 200)
    void aTrendNeverComparesGroupsThatDifferByFewerThanTheMinimum(@ForAll("surveys") TrustSurvey first,
            @ForAll("surveys") TrustSurvey joining, @ForAll @IntRange(min = 0, max = 3) int leaving,
            @ForAll @IntRange(min = 0, max = 5) int joiners,
            @ForAll @IntRange(min = 2, max = 4) int minimum) {
        TrustCalculator calculator = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build());
        TrustReport before = calculator.assess(first);
        List<SurveyResponse> next = new ArrayList<>(first.responses().subList(Math.min(leaving, first.responses().size()),
                first.responses().size()));
        for (SurveyResponse r : joining.responses().subList(0, Math.min(joiners, joining.responses().size()))) {
            SurveyResponse.Builder b = SurveyResponse.builder().respondent("n-" + r.respondent()).side(r.side())
                    .level(r.level());
            // on the first survey's scale
            r.answers().forEach(a -> b.addAnswers(Answer.of(a.dimension(), a.focus(),
                    Math.min(a.value(), first.scale().maximum()))));
            next.add(b.build());
        }
        Assume.that(!next.isEmpty());
        TrustSurvey second = TrustSurvey.builder().assessmentDate(first.assessmentDate().plusMonths(6))
                .scale(first.scale()).addDimensions(HONESTY).addAllResponses(next).build();
        TrustReport now = calculator.assess(second, before);
        Map<String, GroupScore> then = byLabel(before);
        Map<String, GroupScore> current = byLabel(now);
        List<TrustChange> changes = now.trend().orElseThrow().changes();
        Statistics.label("changes shown").collect(changes.isEmpty() ? "none" : "some");
        for (TrustChange c : changes) {
            String figure = c.figure();
            List<String> compared = figure.startsWith(TrustTrend.INDEX)
                    ? List.of(figure.equals(TrustTrend.INDEX) ? TrustGroup.overall(HONESTY).label()
                            : TrustGroup.side(HONESTY, figure.contains("customer") ? CUSTOMER : SUPPLIER).label())
                    : List.of(figure);
            for (String label : compared) {
                GroupScore.Shown a = assertInstanceOf(GroupScore.Shown.class, then.get(label), label);
                GroupScore.Shown b = assertInstanceOf(GroupScore.Shown.class, current.get(label), label);
                int respondents = Math.abs(a.respondents() - b.respondents());
                assertTrue(respondents == 0 && a.answers() == b.answers() || respondents >= minimum, figure
                        + " compares " + a.respondents() + " respondents (" + a.answers() + " answers) with "
                        + b.respondents() + " (" + b.answers() + ")");
            }
        }
    }

    private static Map<String, GroupScore> byLabel(TrustReport r) {
        Map<String, GroupScore> out = new LinkedHashMap<>();
        allScores(r).forEach(s -> out.put(s.group().label(), s));
        return out;
    }

    /** A figure shown: the cells it adds up and their true sum of steps. */
    record Constraint(String label, int mask, long sum) {

        @Override
        public String toString() {
            return label + "=" + sum;
        }
    }

    /** Depth-first search for cell sums within the box that agree with every figure shown. */
    static final class Search {
        private final List<Cell> cells;
        private final int range;
        private final List<Constraint> shown;
        private long budget = 2_000_000;

        Search(List<Cell> cells, int range, List<Constraint> shown) {
            this.cells = cells;
            this.range = range;
            this.shown = shown;
        }

        boolean budgetLeft() {
            return budget > 0;
        }

        /** @param fixed  per cell its sum, or -1 where it is free */
        boolean exists(long[] fixed) {
            return dfs(0, new long[cells.size()], fixed);
        }

        private boolean dfs(int i, long[] x, long[] fixed) {
            if (--budget < 0) {
                return true; // out of budget: the try is discarded by budgetLeft()
            }
            if (!possible(x, i)) {
                return false;
            }
            if (i == cells.size()) {
                return true;
            }
            long max = (long) range * cells.get(i).answers;
            long lo = fixed[i] >= 0 ? fixed[i] : 0;
            long hi = fixed[i] >= 0 ? fixed[i] : max;
            for (long v = lo; v <= hi; v++) {
                x[i] = v;
                if (dfs(i + 1, x, fixed)) {
                    return true;
                }
            }
            return false;
        }

        /** @return false if the cells assigned so far (0..i-1) cannot meet some figure */
        private boolean possible(long[] x, int assigned) {
            for (Constraint c : shown) {
                long sum = 0;
                long room = 0;
                for (int k = 0; k < cells.size(); k++) {
                    if ((c.mask() >>> k & 1) != 0) {
                        if (k < assigned) {
                            sum += x[k];
                        } else {
                            room += (long) range * cells.get(k).answers;
                        }
                    }
                }
                if (sum > c.sum() || sum + room < c.sum()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Every set of cells whose respondents together are fewer than the minimum and to which no
     * further cell can be added (a corner of a smaller group is a part of a corner of its group).
     */
    private static List<Integer> smallGroups(List<Cell> cells, int minimum) {
        List<Integer> all = new ArrayList<>();
        for (int g = 1; g < 1 << cells.size(); g++) {
            Set<String> union = new HashSet<>();
            for (int i = 0; i < cells.size(); i++) {
                if ((g >>> i & 1) != 0) {
                    union.addAll(cells.get(i).respondents);
                }
            }
            if (union.size() < minimum) {
                all.add(g);
            }
        }
        return all.stream().filter(g -> all.stream().noneMatch(h -> h != g && (h & g) == g)).toList();
    }

    static final class Cell {
        final String key;
        final Set<String> respondents = new HashSet<>();
        PartyKind side;
        GovernanceLevel level;
        Focus focus;
        int answers;
        long steps;

        Cell(String key) {
            this.key = key;
        }

        Cell(String key, int answers, long steps) {
            this.key = key;
            this.answers = answers;
            this.steps = steps;
        }

        boolean isIn(TrustGroup g) {
            return g.side().orElse(side) == side && g.level().orElse(level) == level && g.focus().orElse(focus) == focus;
        }
    }

    private static Map<String, Cell> cells(TrustSurvey survey) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (SurveyResponse r : survey.responses()) {
            for (Answer a : r.answers()) {
                String key = r.side() + "/" + r.level() + "/" + a.focus();
                Cell c = cells.computeIfAbsent(key, Cell::new);
                c.side = r.side();
                c.level = r.level();
                c.focus = a.focus();
                c.respondents.add(r.respondent());
                c.answers++;
                c.steps += a.value() - survey.scale().minimum();
            }
        }
        return cells;
    }

    static List<GroupScore> allScores(TrustReport r) {
        List<GroupScore> all = new ArrayList<>();
        for (DimensionTrust d : r.dimensions()) {
            all.addAll(List.of(d.overall(), d.customer(), d.supplier(), d.customerSelfImage().self(),
                    d.customerSelfImage().seenByPartner(), d.supplierSelfImage().self(),
                    d.supplierSelfImage().seenByPartner()));
        }
        r.levels().forEach(l -> all.addAll(l.scores()));
        return all;
    }

    // ---------------------------------------------------------------- surveys

    private static SurveyResponse answer(String id, PartyKind side, GovernanceLevel level, int value) {
        return SurveyResponse.builder().respondent(id).side(side).level(level).addAnswers(Answer.of(HONESTY, value))
                .build();
    }

    private static TrustSurvey survey(LikertScale scale, List<SurveyResponse> responses) {
        return TrustSurvey.builder().assessmentDate(MAY).scale(scale).addDimensions(HONESTY).addAllResponses(responses)
                .build();
    }

    private record Respondent(PartyKind side, GovernanceLevel level, int relationship, Optional<Integer> own) {
    }

    /**
     * Small one-dimension surveys on 1-5 or 1-7, up to 8 respondents on two levels, some answering
     * about their own side too; answers lean to the ends of the scale, where bounds bite.
     */
    @Provide
    Arbitrary<TrustSurvey> surveys() {
        return Arbitraries.of(5, 7).flatMap(top -> {
            Arbitrary<Integer> value = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(top)),
                    Tuple.of(1, Arbitraries.just(1)), Tuple.of(3, Arbitraries.integers().between(1, top)));
            Arbitrary<Respondent> respondent = Combinators.combine(Arbitraries.of(PartyKind.class),
                    Arbitraries.of(LEVELS), value, value.optional(0.3)).as(Respondent::new);
            return respondent.list().ofMinSize(1).ofMaxSize(8).map(list -> {
                List<SurveyResponse> responses = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    Respondent p = list.get(i);
                    SurveyResponse.Builder b = SurveyResponse.builder().respondent("r" + i).side(p.side())
                            .level(p.level()).addAnswers(Answer.of(HONESTY, FOCI.get(0), p.relationship()));
                    p.own().ifPresent(v -> b.addAnswers(Answer.of(HONESTY, FOCI.get(1), v)));
                    responses.add(b.build());
                }
                return survey(LikertScale.of(1, top), responses);
            });
        });
    }
}
