package dev.partnering.trust;

import static dev.partnering.trust.TrustDimension.HONESTY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.Party;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Anonymity of the figures per party, checked independently of the calculator: a reader holds both
 * reports of one survey (per side and per party) and knows how many answers every cell (side,
 * party, level, focus, party answered about) holds.
 */
class PartyTrustProperties {

    private static final List<Party> PARTIES = List.of(Party.customer("c1", "Region"),
            Party.leadSupplier("s1", "Servers"), Party.supplier("s2", "Desk"), Party.supplier("s3", "Network"));
    private static final List<GovernanceLevel> LEVELS = List.of(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL);

    @Property
    void noGroupBelowTheMinimumIsShown(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 2, max = 3) int minimum) {
        PartyTrustReport report = calculator(minimum).assessParties(survey);
        for (PartyFigure f : report.shown()) {
            Set<String> respondents = new HashSet<>();
            for (SurveyResponse r : survey.responses()) {
                for (Answer a : r.answers()) {
                    if (isIn(f.group(), r, a)) {
                        respondents.add(r.respondent());
                    }
                }
            }
            assertTrue(respondents.size() >= minimum, f.group() + " shown with " + respondents.size() + " respondents");
        }
        Statistics.collect(report.shown().isEmpty() ? "nothing per party shown" : "figures per party shown");
    }

    @Property
    void nothingSuppressedPerPairCanBeWorkedOutFromBothReports(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 2, max = 3) int minimum) {
        TrustCalculator calculator = calculator(minimum);
        PartyTrustReport parties = calculator.assessParties(survey);
        TrustReport sides = calculator.assess(survey);
        Map<List<Object>, Set<String>> cells = cells(survey);
        List<List<Object>> keys = new ArrayList<>(cells.keySet());
        List<BigInteger[]> shown = new ArrayList<>();
        for (GroupScore g : sideScores(sides)) {
            if (g.isShown()) {
                shown.add(vector(keys, k -> inSideGroup(g.group(), k)));
            }
        }
        for (PartyFigure f : parties.shown()) {
            shown.add(vector(keys, k -> inPartyGroup(f.group(), k)));
        }
        // every single cell, and every figure per party suppressed, of fewer respondents than the minimum
        for (int i = 0; i < keys.size(); i++) {
            if (cells.get(keys.get(i)).size() < minimum) {
                List<Object> key = keys.get(i);
                assertFalse(inSpan(shown, vector(keys, k -> k.equals(key))), "cell " + key + " can be worked out");
            }
        }
        for (PartyFigure f : parties.suppressed()) {
            Set<String> respondents = new HashSet<>();
            keys.stream().filter(k -> inPartyGroup(f.group(), k)).forEach(k -> respondents.addAll(cells.get(k)));
            if (respondents.size() < minimum) {
                assertFalse(inSpan(shown, vector(keys, k -> inPartyGroup(f.group(), k))), f.group() + " can be worked out");
            }
        }
        Statistics.collect(parties.suppressed().isEmpty() ? "nothing suppressed" : "some suppressed");
    }

    @Property
    void aFigurePerPartyIsShownOnlyWhenEveryCellOfItsDimensionHoldsTheMinimum(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 2, max = 3) int minimum) {
        // then every union of cells, hence every group a reader of both reports can form, holds the minimum:
        // nothing below it can be exposed by subtraction or by the bounds of the scale
        if (!calculator(minimum).assessParties(survey).shown().isEmpty()) {
            cells(survey).forEach((k, r) -> assertTrue(r.size() >= minimum, "cell " + k + " holds " + r.size()));
        }
    }

    private static TrustCalculator calculator(int minimum) {
        return TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build());
    }

    /** The cells of the one dimension: (side, party or "", level, focus, about or "") to their respondents. */
    private static Map<List<Object>, Set<String>> cells(TrustSurvey survey) {
        Map<List<Object>, Set<String>> cells = new HashMap<>();
        for (SurveyResponse r : survey.responses()) {
            for (Answer a : r.answers()) {
                cells.computeIfAbsent(List.of(r.side(), r.party().orElse(""), r.level(), a.focus(), a.about().orElse("")),
                        k -> new HashSet<>()).add(r.respondent());
            }
        }
        return cells;
    }

    private static boolean isIn(PartyTrustGroup g, SurveyResponse r, Answer a) {
        return inPartyGroup(g, List.of(r.side(), r.party().orElse(""), r.level(), a.focus(), a.about().orElse("")));
    }

    private static boolean inPartyGroup(PartyTrustGroup g, List<Object> cell) {
        return g.party().map(p -> p.equals(cell.get(1))).orElse(true) && g.level().map(l -> l == cell.get(2)).orElse(true)
                && g.about().map(p -> p.equals(cell.get(4))).orElse(true);
    }

    private static boolean inSideGroup(TrustGroup g, List<Object> cell) {
        return g.side().map(s -> s == cell.get(0)).orElse(true) && g.level().map(l -> l == cell.get(2)).orElse(true)
                && g.focus().map(f -> f == cell.get(3)).orElse(true);
    }

    private static List<GroupScore> sideScores(TrustReport report) {
        return TrustInferenceProperties.allScores(report);
    }

    private static BigInteger[] vector(List<List<Object>> keys, Predicate<List<Object>> in) {
        BigInteger[] v = new BigInteger[keys.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.test(keys.get(i)) ? BigInteger.ONE : BigInteger.ZERO;
        }
        return v;
    }

    /** Whether the target is a rational combination of the rows: the rank does not grow when it is added. */
    private static boolean inSpan(List<BigInteger[]> rows, BigInteger[] target) {
        List<BigInteger[]> with = new ArrayList<>(rows);
        with.add(target);
        return rank(rows) == rank(with);
    }

    private static int rank(List<BigInteger[]> rows) {
        List<BigInteger[]> m = new ArrayList<>();
        rows.forEach(r -> m.add(r.clone()));
        int rank = 0;
        int columns = m.isEmpty() ? 0 : m.get(0).length;
        for (int c = 0; c < columns && rank < m.size(); c++) {
            int pivot = -1;
            for (int r = rank; r < m.size(); r++) {
                if (m.get(r)[c].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = m.get(pivot);
            m.set(pivot, m.get(rank));
            m.set(rank, p);
            for (int r = rank + 1; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                BigInteger f = row[c];
                if (f.signum() != 0) {
                    for (int k = 0; k < columns; k++) {
                        row[k] = row[k].multiply(p[c]).subtract(p[k].multiply(f));
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * Surveys of a few kinds of respondent (party or none, level, what they answer about), each kind
     * answered by one to four people with answers of their own, so that every cell sometimes holds the
     * minimum and sometimes not.
     */
    @Provide
    Arbitrary<TrustSurvey> surveys() {
        Arbitrary<List<SurveyResponse>> kind = Combinators.combine(Arbitraries.of(PARTIES), Arbitraries.integers()
                .between(0, 4), Arbitraries.of(LEVELS), Arbitraries.of(PARTIES).optional(0.6),
                Arbitraries.integers().between(1, 5).list().ofSize(2).list().ofMinSize(1).ofMaxSize(4))
                .as((party, named, level, about, values) -> {
                    boolean hasParty = named > 0;
                    List<SurveyResponse> people = new ArrayList<>();
                    for (List<Integer> v : values) {
                        SurveyResponse.Builder b = SurveyResponse.builder().respondent("r").side(party.kind())
                                .party(hasParty ? Optional.of(party.id()) : Optional.empty()).level(level)
                                .addAnswers(Answer.of(HONESTY, v.get(0)));
                        about.filter(x -> hasParty).ifPresent(x -> b.addAnswers(Answer.about(HONESTY,
                                x.kind() == party.kind() ? Focus.OWN_SIDE : Focus.PARTNER_SIDE, x.id(), v.get(1))));
                        people.add(b.build());
                    }
                    return people;
                });
        return kind.list().ofMinSize(0).ofMaxSize(5).map(kinds -> {
            List<SurveyResponse> numbered = new ArrayList<>();
            for (List<SurveyResponse> people : kinds) {
                for (SurveyResponse r : people) {
                    numbered.add(SurveyResponse.builder().respondent("r-" + numbered.size()).side(r.side())
                            .party(r.party()).level(r.level()).addAllAnswers(r.answers()).build());
                }
            }
            return TrustSurvey.builder().assessmentDate(LocalDate.of(2026, 6, 15)).scale(LikertScale.of(1, 5))
                    .addDimensions(HONESTY).addAllParties(PARTIES).addAllResponses(numbered).build();
        });
    }
}
