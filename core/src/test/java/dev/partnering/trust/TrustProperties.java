package dev.partnering.trust;

import dev.partnering.Fraction;
import dev.partnering.ThoroughTries;

import static dev.partnering.trust.TrustDimension.HONESTY;
import static dev.partnering.trust.TrustDimension.TRANSPARENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.opentest4j.AssertionFailedError;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
 * The invariants of trust reports over generated surveys (up to 14 respondents, any side and level, answers
 * missing or on the 1-5 scale): scores on the scale, exact figures rounded once, order independence, and an
 * anonymity audit written independently of the calculator.
 *
 * <p>Tries: the audit and the factory's checks solve a linear system per report, so the default build runs half
 * the tries it ran before (150 to 250 per property; the edge cases of the survey generator, such as no respondent
 * or all answers missing, are mixed in); {@code mvn verify -Pthorough} runs ten times as many
 * ({@link ThoroughTries}).
 */
@AddLifecycleHook(ThoroughTries.class)
class TrustProperties {

    private static final List<TrustDimension> DIMENSIONS = List.of(HONESTY, TRANSPARENCY);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property(tries = 250)
    void scoresStayWithinZeroAndHundred(@ForAll("surveys") TrustSurvey survey) {
        TrustReport r = TrustCalculator.standard().assess(survey);
        for (GroupScore s : allScores(r)) {
            s.score().ifPresent(TrustProperties::assertWithinScale);
        }
        r.trustIndex().ifPresent(TrustProperties::assertWithinScale);
        r.trustIndex(PartyKind.CUSTOMER).ifPresent(TrustProperties::assertWithinScale);
        r.trustIndex(PartyKind.SUPPLIER).ifPresent(TrustProperties::assertWithinScale);
        r.levels().forEach(l -> l.index().value().ifPresent(TrustProperties::assertWithinScale));
        r.dimensions().forEach(d -> d.perceptionGap().ifPresent(TrustProperties::assertWithinScale));
    }

    @Property(tries = 150)
    void everyComputedReportPassesTheChecksOfItsFactory(@ForAll("surveys") TrustSurvey survey,
            @ForAll("surveys") TrustSurvey earlier, @ForAll @IntRange(min = 1, max = 4) int minimum) {
        TrustCalculator calculator = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build());
        TrustSurvey previous = TrustSurvey.builder().assessmentDate(survey.assessmentDate().minusMonths(3))
                .scale(earlier.scale()).addAllDimensions(earlier.dimensions()).addAllResponses(earlier.responses()).build();
        for (TrustReport r : List.of(calculator.assess(survey), calculator.assess(survey, calculator.assess(previous)))) {
            TrustReport rebuilt = new TrustReport(r.assessmentDate(), r.scale(), r.policy(), r.respondents(),
                    r.dimensions(), r.index(), r.index(PartyKind.CUSTOMER), r.index(PartyKind.SUPPLIER), r.levels(),
                    r.balance(), r.trend(), r.suppressed(), r.explanation());
            TrustReportCheck.check(rebuilt); // the anonymity and consistency oracle
            assertEquals(r, rebuilt);
        }
    }

    /**
     * The precision rule against a reference in exact fractions: every score shown is
     * {@code steps x 100 / (4 x answers)} (1-5 scale) rounded once HALF_EVEN to 6 decimals; every
     * trust index is the exact weighted mean of the scores it includes, rounded once; gaps and
     * self-image gaps are exact differences of the figures shown.
     */
    @Property(tries = 200)
    void everyTrustFigureIsItsExactValueRoundedOnce(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 1, max = 700) int honestyWeight, @ForAll @IntRange(min = 1, max = 700) int transparencyWeight) {
        // weights with up to two decimals, e.g. 3.17 and 0.07
        TrustPolicy policy = TrustPolicy.builder().minimumGroupSize(1)
                .putWeights("honesty", BigDecimal.valueOf(honestyWeight, 2))
                .putWeights("transparency", BigDecimal.valueOf(transparencyWeight, 2)).build();
        TrustReport r = TrustCalculator.of(policy).assess(survey);
        for (TrustDimension d : DIMENSIONS) {
            Map<String, Cell> cells = cells(survey, d);
            for (GroupScore s : allScores(r)) {
                if (s instanceof GroupScore.Shown f && f.group().dimension().equals(d)) {
                    long steps = 0;
                    int answers = 0;
                    for (Cell c : cells.values()) {
                        if (c.isIn(f.group())) {
                            steps += c.steps;
                            answers += c.answers;
                        }
                    }
                    BigDecimal exact = Fraction.of(BigInteger.valueOf(steps * 100), BigInteger.valueOf(4L * answers))
                            .figure(6);
                    assertEquals(exact, f.value(), f.group().label());
                }
            }
        }
        assertIndex(r.index(), r, policy, DimensionTrust::overall);
        assertIndex(r.index(PartyKind.CUSTOMER), r, policy, DimensionTrust::customer);
        assertIndex(r.index(PartyKind.SUPPLIER), r, policy, DimensionTrust::supplier);
        // the accessors of each side's index are the same indexes
        assertSame(r.index(PartyKind.CUSTOMER), r.customerIndex());
        assertSame(r.index(PartyKind.SUPPLIER), r.supplierIndex());
        for (LevelTrust l : r.levels()) {
            assertIndex(l.index(), r, policy, d -> l.score(d.dimension()).orElseThrow());
        }
        for (DimensionTrust d : r.dimensions()) {
            d.perceptionGap().ifPresent(g -> assertEquals(0, g.compareTo(
                    d.customer().score().orElseThrow().subtract(d.supplier().score().orElseThrow()).abs())));
            d.perceptionGap().ifPresent(g -> assertTrue(g.scale() <= 6, g.toPlainString()));
        }
    }

    private static void assertIndex(TrustIndex index, TrustReport r, TrustPolicy policy,
            java.util.function.Function<DimensionTrust, GroupScore> score) {
        Fraction weighted = Fraction.of(BigInteger.ZERO, BigInteger.ONE);
        Fraction weights = Fraction.of(BigInteger.ZERO, BigInteger.ONE);
        for (DimensionTrust d : r.dimensions()) {
            Optional<BigDecimal> s = score.apply(d).score();
            if (s.isPresent()) {
                Fraction w = Fraction.of(policy.weightOf(d.dimension()));
                weighted = weighted.plus(w.times(Fraction.of(s.get())));
                weights = weights.plus(w);
            }
        }
        if (weights.signum() == 0) {
            assertTrue(index.value().isEmpty());
        } else {
            assertEquals(weighted.over(weights).figure(6), index.value().orElseThrow());
        }
    }

    @Property(tries = 150)
    void trustIndexIsIndependentOfAnswerOrder(@ForAll("surveys") TrustSurvey survey, @ForAll long seed) {
        Random random = new Random(seed);
        List<SurveyResponse> shuffled = new ArrayList<>();
        for (SurveyResponse r : survey.responses()) {
            List<Answer> answers = new ArrayList<>(r.answers());
            Collections.shuffle(answers, random);
            shuffled.add(SurveyResponse.builder().respondent(r.respondent()).side(r.side()).level(r.level())
                    .addAllAnswers(answers).build());
        }
        Collections.shuffle(shuffled, random);
        TrustSurvey reordered = TrustSurvey.builder().assessmentDate(survey.assessmentDate()).scale(survey.scale())
                .addAllDimensions(survey.dimensions()).addAllResponses(shuffled).build();
        TrustReport a = TrustCalculator.standard().assess(survey);
        TrustReport b = TrustCalculator.standard().assess(reordered);
        assertEquals(a.trustIndex(), b.trustIndex());
        assertEquals(a.dimensions(), b.dimensions());
        assertEquals(a.levels(), b.levels());
        assertEquals(a.suppressed(), b.suppressed());
        assertEquals(a.explanation(), b.explanation());
    }

    /**
     * An audit written independently of the calculator: from the raw answers it finds every group
     * of cells (side, level, focus) with fewer respondents than the minimum and checks that its sum
     * is not a linear combination of the sums of the figures the report shows. It also checks
     * that every figure shown has enough respondents and the right mean, and that the explanation
     * never prints a number for a suppressed group.
     */
    @Property(tries = 250)
    void suppressionNeverRevealsAGroupBelowTheMinimum(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 2, max = 4) int minimum) {
        TrustReport r = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build()).assess(survey);
        if (!r.suppressed().isEmpty()) {
            Statistics.label("suppression").collect(r.suppressed().stream()
                    .anyMatch(s -> s.reason() == SuppressionReason.COMPLEMENTARY) ? "complementary" : "primary only");
        }
        for (TrustDimension d : DIMENSIONS) {
            List<GroupScore.Shown> shown = allScores(r).stream().filter(s -> s.group().dimension().equals(d))
                    .filter(GroupScore.Shown.class::isInstance).map(GroupScore.Shown.class::cast).toList();
            audit(survey, d, shown, minimum);
        }
        String text = r.explanation().toText();
        for (GroupScore.Suppressed s : r.suppressed()) {
            for (String line : text.split("\n")) {
                String content = line.strip().replaceFirst("^(warning: |= )", "");
                if (content.startsWith(s.group().label() + ":")) {
                    assertTrue(content.contains("suppressed"), line);
                }
            }
        }
    }

    @Example
    void theAuditFlagsALevelThatTheOtherLevelsReveal() {
        // customer level A (1 respondent) hidden, but side, B and C shown: A = side - B - C
        TrustSurvey march = TrustSurveys.march();
        TrustReport open = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(1).build()).assess(march);
        List<GroupScore.Shown> unsafe = allScores(open).stream()
                .filter(s -> s.group().dimension().equals(HONESTY) && s.group().side().equals(Optional.of(PartyKind.CUSTOMER)))
                .filter(s -> s.group().focus().isEmpty() && !s.group().level().equals(Optional.of(GovernanceLevel.STRATEGIC)))
                .map(GroupScore.Shown.class::cast).toList();
        assertEquals(3, unsafe.size());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> audit(march, HONESTY, unsafe, 3));
        assertTrue(e.getMessage().contains("can be derived"), e.getMessage());
    }

    /**
     * Written independently of the calculator: from the raw answers, checks that every figure
     * shown has at least the minimum respondents and the right mean, then finds every group of
     * cells (side, level, focus) with fewer respondents than the minimum and checks that its sum
     * is not a linear combination of the sums of the figures shown.
     */
    static void audit(TrustSurvey survey, TrustDimension d, List<GroupScore.Shown> figures, int minimum) {
        Map<String, Cell> cells = cells(survey, d);
        List<String> keys = new ArrayList<>(cells.keySet());
        List<BigInteger[]> shown = new ArrayList<>();
        for (GroupScore.Shown f : figures) {
            Set<String> respondents = new HashSet<>();
            long sum = 0;
            int answers = 0;
            BigInteger[] row = new BigInteger[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                Cell c = cells.get(keys.get(i));
                boolean in = c.isIn(f.group());
                row[i] = in ? BigInteger.ONE : BigInteger.ZERO;
                if (in) {
                    respondents.addAll(c.respondents);
                    sum += c.steps;
                    answers += c.answers;
                }
            }
            assertTrue(respondents.size() >= minimum, f.group() + " shown with " + respondents.size());
            assertEquals(respondents.size(), f.respondents());
            // exact fraction: steps x 100 / (4 x answers) on the 1-5 scale, rounded once HALF_EVEN to 6 decimals
            assertEquals(Fraction.of(BigInteger.valueOf(sum * 100), BigInteger.valueOf(4L * answers)).figure(6),
                    f.value(), f.group().label());
            shown.add(row);
        }
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (cells.get(keys.get(i)).respondents.size() < minimum) {
                small.add(i);
            }
        }
        auditGroups(shown, rank(shown), keys, cells, small, 0, new ArrayList<>(), new HashSet<>(), minimum);
    }

    private static void auditGroups(List<BigInteger[]> shown, int rank, List<String> keys, Map<String, Cell> cells,
            List<Integer> small, int from, List<Integer> group, Set<String> respondents, int minimum) {
        for (int k = from; k < small.size(); k++) {
            Set<String> union = new HashSet<>(respondents);
            union.addAll(cells.get(keys.get(small.get(k))).respondents);
            if (union.size() >= minimum) {
                continue;
            }
            List<Integer> g = new ArrayList<>(group);
            g.add(small.get(k));
            BigInteger[] v = new BigInteger[keys.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = g.contains(i) ? BigInteger.ONE : BigInteger.ZERO;
            }
            List<BigInteger[]> with = new ArrayList<>(shown);
            with.add(v);
            List<String> names = g.stream().map(keys::get).toList();
            assertEquals(rank + 1, rank(with), "the group " + names + " of " + union.size()
                    + " respondents can be derived from the figures shown");
            auditGroups(shown, rank, keys, cells, small, k + 1, g, union, minimum);
        }
    }

    /** Rank by fraction-free Gaussian elimination over the integers. */
    private static int rank(List<BigInteger[]> rows) {
        List<BigInteger[]> m = new ArrayList<>();
        rows.forEach(r -> m.add(r.clone()));
        int rank = 0;
        int columns = m.isEmpty() ? 0 : m.get(0).length;
        for (int c = 0; c < columns && rank < m.size(); c++) {
            int pivot = -1;
            for (int i = rank; i < m.size(); i++) {
                if (m.get(i)[c].signum() != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Collections.swap(m, rank, pivot);
            BigInteger[] p = m.get(rank);
            for (int i = rank + 1; i < m.size(); i++) {
                BigInteger[] row = m.get(i);
                BigInteger factor = row[c];
                for (int j = 0; j < columns; j++) {
                    row[j] = row[j].multiply(p[c]).subtract(p[j].multiply(factor));
                }
            }
            rank++;
        }
        return rank;
    }

    private static Map<String, Cell> cells(TrustSurvey survey, TrustDimension d) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (SurveyResponse r : survey.responses()) {
            for (Answer a : r.answers()) {
                if (a.dimension().equals(d)) {
                    Cell c = cells.computeIfAbsent(r.side() + "/" + r.level() + "/" + a.focus(),
                            k -> new Cell(r.side(), r.level(), a.focus()));
                    c.respondents.add(r.respondent());
                    c.steps += a.value() - 1L;
                    c.answers++;
                }
            }
        }
        return cells;
    }

    private static final class Cell {
        final PartyKind side;
        final GovernanceLevel level;
        final Focus focus;
        final Set<String> respondents = new HashSet<>();
        long steps;
        int answers;

        Cell(PartyKind side, GovernanceLevel level, Focus focus) {
            this.side = side;
            this.level = level;
            this.focus = focus;
        }

        boolean isIn(TrustGroup g) {
            return g.side().orElse(side) == side && g.level().orElse(level) == level && g.focus().orElse(focus) == focus;
        }
    }

    private static List<GroupScore> allScores(TrustReport r) {
        List<GroupScore> all = new ArrayList<>();
        for (DimensionTrust d : r.dimensions()) {
            all.addAll(List.of(d.overall(), d.customer(), d.supplier(), d.customerSelfImage().self(),
                    d.customerSelfImage().seenByPartner(), d.supplierSelfImage().self(),
                    d.supplierSelfImage().seenByPartner()));
        }
        r.levels().forEach(l -> all.addAll(l.scores()));
        return all;
    }

    private static void assertWithinScale(BigDecimal value) {
        assertTrue(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, value + " is outside [0, 100]");
    }

    @Provide
    Arbitrary<TrustSurvey> surveys() {
        Arbitrary<Integer> answer = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(1, 5)));
        Arbitrary<Respondent> respondent = Combinators.combine(Arbitraries.of(PartyKind.class),
                Arbitraries.of(GovernanceLevel.class), answer.list().ofSize(DIMENSIONS.size() * Focus.values().length))
                .as(Respondent::new);
        return respondent.list().ofMaxSize(14).map(TrustProperties::survey);
    }

    private record Respondent(PartyKind side, GovernanceLevel level, List<Integer> answers) {
    }

    private static TrustSurvey survey(List<Respondent> respondents) {
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            Respondent p = respondents.get(i);
            SurveyResponse.Builder b = SurveyResponse.builder().respondent("r" + i).side(p.side()).level(p.level());
            int k = 0;
            boolean any = false;
            for (TrustDimension d : DIMENSIONS) {
                for (Focus f : Focus.values()) {
                    int value = p.answers().get(k++);
                    if (value > 0) {
                        b.addAnswers(Answer.of(d, f, value));
                        any = true;
                    }
                }
            }
            if (!any) {
                b.addAnswers(Answer.of(HONESTY, 3));
            }
            responses.add(b.build());
        }
        return TrustSurvey.builder().assessmentDate(TrustSurveys.MARCH).scale(TrustSurveys.ONE_TO_FIVE)
                .addAllDimensions(DIMENSIONS).addAllResponses(responses).build();
    }
}
