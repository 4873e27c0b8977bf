package dev.partnering.trust;

import static dev.partnering.testkit.PartneringArbitraries.trustSurveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.partnering.party.PartyKind;
import dev.partnering.testkit.ThoroughTries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Trust calculator invariants over generated surveys (1-7, 1-5 and 0-10 scales, plain and 360°,
 * 0 to 5 respondents per side and level, some questions skipped). The expected figures are worked
 * out here from the raw answers, independently of the calculator.
 *
 * <p>Tries: {@value #TRIES} per property in the default build, each a whole survey worked out twice (by the
 * calculator and here); {@code mvn verify -Pthorough} runs ten times as many ({@link ThoroughTries}).
 */
@AddLifecycleHook(ThoroughTries.class)
class TrustCalculatorProperties {

    /** Tries per property in the default build; {@code -Pthorough} runs ten times as many. */
    static final int TRIES = 500;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How far two ways of dividing at DECIMAL64 may differ on a figure from 0 to 100. */
    /** Figures are rounded once to {@link TrustReport#DECIMALS}: the reference must agree exactly. */
    private static final BigDecimal TOLERANCE = BigDecimal.ZERO;

    @Provide
    Arbitrary<TrustSurvey> surveys() {
        return trustSurveys();
    }

    @Property(tries = TRIES)
    void scoresIndexesAndGapsStayWithinZeroAndHundred(@ForAll("surveys") TrustSurvey survey) {
        TrustReport r = TrustCalculator.standard().assess(survey);
        for (GroupScore s : allScores(r)) {
            s.score().ifPresent(v -> assertWithinScale(v, s.group().label()));
        }
        for (TrustIndex index : List.of(r.index(), r.index(PartyKind.CUSTOMER), r.index(PartyKind.SUPPLIER))) {
            index.value().ifPresent(v -> assertWithinScale(v, "index " + index));
        }
        r.levels().forEach(l -> l.index().value().ifPresent(v -> assertWithinScale(v, "index of " + l)));
        r.dimensions().forEach(d -> d.perceptionGap().ifPresent(v -> assertWithinScale(v, "gap of " + d.dimension())));
    }

    @Property(tries = TRIES)
    void trustIndexLiesBetweenTheDimensionScoresItIncludes(@ForAll("surveys") TrustSurvey survey) {
        TrustReport r = TrustCalculator.standard().assess(survey);
        List<BigDecimal> shown = r.dimensions().stream().flatMap(d -> d.overall().score().stream()).toList();
        assertEquals(!shown.isEmpty(), r.trustIndex().isPresent(), r::toString);
        assertEquals(shown.size(), r.index().included().size());
        r.trustIndex().ifPresent(index -> {
            assertTrue(index.compareTo(shown.stream().min(BigDecimal::compareTo).orElseThrow()) >= 0, r::toString);
            assertTrue(index.compareTo(shown.stream().max(BigDecimal::compareTo).orElseThrow()) <= 0, r::toString);
        });
        Statistics.label("trust index").collect(r.trustIndex().isPresent() ? "shown" : "not shown");
        Statistics.label("trust index").coverage(c -> c.check("shown").percentage(p -> p > 20));
    }

    /**
     * Every figure of a group with fewer respondents than the minimum is suppressed as below the
     * minimum; every figure shown has at least the minimum, the respondent and answer counts of its
     * group and the mean of its normalised answers; a group nobody answered for shows no answers.
     */
    @Property(tries = TRIES)
    void everyGroupBelowTheMinimumIsSuppressed(@ForAll("surveys") TrustSurvey survey,
            @ForAll @IntRange(min = 1, max = 4) int minimum) {
        TrustReport r = TrustCalculator.of(TrustPolicy.builder().minimumGroupSize(minimum).build()).assess(survey);
        for (GroupScore s : allScores(r)) {
            Group expected = Group.of(survey, s.group());
            String what = s.group().label() + " with " + expected.respondents().size() + " respondents, minimum " + minimum;
            if (expected.respondents().isEmpty()) {
                assertInstanceOf(GroupScore.NoAnswers.class, s, what);
            } else if (expected.respondents().size() < minimum) {
                GroupScore.Suppressed suppressed = assertInstanceOf(GroupScore.Suppressed.class, s, what);
                assertEquals(SuppressionReason.BELOW_MINIMUM, suppressed.reason(), what);
            } else if (s instanceof GroupScore.Shown shown) {
                assertEquals(expected.respondents().size(), shown.respondents(), what);
                assertEquals(expected.answers(), shown.answers(), what);
                assertClose(expected.mean(survey.scale()), shown.value(), what);
            } else {
                SuppressionReason reason = assertInstanceOf(GroupScore.Suppressed.class, s, what).reason();
                assertTrue(reason == SuppressionReason.COMPLEMENTARY || reason == SuppressionReason.BOUNDS, what);
            }
        }
        Statistics.label("suppression").collect(r.suppressed().stream().map(GroupScore.Suppressed::reason)
                .anyMatch(SuppressionReason.COMPLEMENTARY::equals) ? "complementary" : r.suppressed().isEmpty() ? "none" : "primary");
        Statistics.label("suppression").coverage(c -> {
            c.check("complementary").percentage(p -> p > 5);
            c.check("primary").percentage(p -> p > 5);
            c.check("none").percentage(p -> p > 5);
        });
    }

    /**
     * With at least three respondents per side and level and every question answered, nothing is
     * suppressed: the trust index is the plain mean of the dimension means, each the mean of
     * {@code (answer - min) / (max - min) * 100}, and the relationship is in balance exactly when
     * every gap between the sides' means is at most 15 points.
     */
    @Property(tries = TRIES)
    void trustIndexIsTheMeanOfDimensionMeansWhenNoGroupIsSmall(@ForAll("largeGroups") TrustSurvey survey) {
        TrustReport r = TrustCalculator.standard().assess(survey);
        assertEquals(List.of(), r.suppressed());
        BigDecimal sum = BigDecimal.ZERO;
        boolean inBalance = true;
        for (TrustDimension d : survey.dimensions()) {
            sum = sum.add(Group.of(survey, TrustGroup.overall(d)).mean(survey.scale()));
            BigDecimal customer = Group.of(survey, TrustGroup.side(d, PartyKind.CUSTOMER)).mean(survey.scale());
            BigDecimal supplier = Group.of(survey, TrustGroup.side(d, PartyKind.SUPPLIER)).mean(survey.scale());
            BigDecimal gap = customer.subtract(supplier).abs();
            inBalance &= gap.compareTo(BigDecimal.valueOf(15)) <= 0;
        }
        // the mean of the rounded dimension means shown, rounded once
        BigDecimal expected = sum.divide(BigDecimal.valueOf(survey.dimensions().size()), TrustReport.DECIMALS,
                RoundingMode.HALF_EVEN);
        assertClose(expected, r.trustIndex().orElseThrow(), "trust index");
        assertEquals(inBalance ? Balance.IN_BALANCE : Balance.OUT_OF_BALANCE, r.balance(), r::toString);
        Statistics.label("balance").collect(r.balance());
        Statistics.label("balance").coverage(c -> {
            c.check(Balance.IN_BALANCE).percentage(p -> p > 5);
            c.check(Balance.OUT_OF_BALANCE).percentage(p -> p > 5);
        });
    }

    @Provide
    Arbitrary<TrustSurvey> largeGroups() {
        return trustSurveys().withRespondents(3, 5).withEveryQuestionAnswered();
    }

    /** The respondents and answers of one group, found from the raw answers. */
    private record Group(Set<String> respondents, List<Integer> values) {

        static Group of(TrustSurvey survey, TrustGroup g) {
            Set<String> respondents = new HashSet<>();
            List<Integer> values = new ArrayList<>();
            for (SurveyResponse r : survey.responses()) {
                if (g.side().orElse(r.side()) != r.side() || g.level().orElse(r.level()) != r.level()) {
                    continue;
                }
                for (Answer a : r.answers()) {
                    if (a.dimension().equals(g.dimension()) && g.focus().orElse(a.focus()) == a.focus()) {
                        respondents.add(r.respondent());
                        values.add(a.value());
                    }
                }
            }
            return new Group(respondents, values);
        }

        int answers() {
            return values.size();
        }

        /** @return 100 × Σ(answer − min) / (n × (max − min)), one division */
        BigDecimal mean(LikertScale scale) {
            long steps = values.stream().mapToLong(v -> v - (long) scale.minimum()).sum();
            long range = (long) values.size() * (scale.maximum() - scale.minimum());
            // the exact mean rounded once, HALF_EVEN, to the report's decimals
            return BigDecimal.valueOf(steps).multiply(HUNDRED).divide(BigDecimal.valueOf(range), TrustReport.DECIMALS,
                    RoundingMode.HALF_EVEN);
        }
    }

    private static List<GroupScore> allScores(TrustReport r) {
        List<GroupScore> all = new ArrayList<>();
        for (DimensionTrust d : r.dimensions()) {
            all.addAll(List.of(d.overall(), d.customer(), d.supplier(), d.customerSelfImage().self(),
                    d.customerSelfImage().seenByPartner(), d.supplierSelfImage().self(), d.supplierSelfImage().seenByPartner()));
        }
        r.levels().forEach(l -> all.addAll(l.scores()));
        return all;
    }

    private static void assertWithinScale(BigDecimal value, String what) {
        assertTrue(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, what + ": " + value + " is outside [0, 100]");
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String what) {
        assertTrue(expected.subtract(actual).abs().compareTo(TOLERANCE) <= 0, what + ": expected " + expected + ", was " + actual);
    }
}
