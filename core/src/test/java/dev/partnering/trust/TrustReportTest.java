package dev.partnering.trust;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.TrustDimension.HONESTY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.explanation.Explanation;

/**
 * The test oracle {@link TrustReportCheck}: a report computed by the calculator passes it and is
 * rebuilt equal; each rule refuses a hand-edited report. The March survey ({@link TrustSurveys#march()}, default policy) has one
 * customer respondent at level A, three at B and four at C, so the customer figures at level A are
 * suppressed (BELOW_MINIMUM), those at level B too (COMPLEMENTARY: customer side 8 - level B 3 -
 * level C 4 would give level A's 1), and those at level C (BOUNDS: customer side - level C = A + B
 * would tell that A did not answer 1). Levels in the report: customer A, B, C, supplier A, B, C.
 */
class TrustReportTest {

    private static final TrustCalculator CALCULATOR = TrustCalculator.standard();

    private static TrustReport march() {
        return CALCULATOR.assess(TrustSurveys.march());
    }

    /** The parts of a report, to change one and rebuild. */
    private static final class Parts {
        LocalDate date;
        LikertScale scale;
        TrustPolicy policy;
        int respondents;
        List<DimensionTrust> dimensions;
        TrustIndex index;
        TrustIndex customerIndex;
        TrustIndex supplierIndex;
        List<LevelTrust> levels;
        Balance balance;
        Optional<TrustTrend> trend;
        List<GroupScore.Suppressed> suppressed;
        Explanation explanation;

        Parts(TrustReport r) {
            date = r.assessmentDate();
            scale = r.scale();
            policy = r.policy();
            respondents = r.respondents();
            dimensions = new ArrayList<>(r.dimensions());
            index = r.index();
            customerIndex = r.index(CUSTOMER);
            supplierIndex = r.index(SUPPLIER);
            levels = new ArrayList<>(r.levels());
            balance = r.balance();
            trend = r.trend();
            suppressed = new ArrayList<>(r.suppressed());
            explanation = r.explanation();
        }

        /** @return the report of these parts, unchecked */
        TrustReport draft() {
            return new TrustReport(date, scale, policy, respondents, dimensions, index, customerIndex, supplierIndex,
                    levels, balance, trend, suppressed, explanation);
        }

        TrustReport build() {
            TrustReport r = draft();
            TrustReportCheck.check(r);
            return r;
        }

        List<Violation> violations() {
            return assertThrows(ValidationException.class, this::build).violations();
        }

        /** Replaces the figure of a dimension at level j (index in the report's levels). */
        void level(int j, int dimension, GroupScore score) {
            LevelTrust l = levels.get(j);
            List<GroupScore> scores = new ArrayList<>(l.scores());
            scores.set(dimension, score);
            levels.set(j, new LevelTrust(l.side(), l.level(), scores, l.index()));
        }

        void supplier(int dimension, GroupScore score) {
            DimensionTrust d = dimensions.get(dimension);
            dimensions.set(dimension, new DimensionTrust(d.dimension(), d.weight(), d.overall(), d.customer(), score,
                    d.customerSelfImage(), d.supplierSelfImage()));
        }
    }

    private static Violation violation(List<Violation> vs, String path) {
        return vs.stream().filter(v -> v.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no violation at " + path + " in " + vs));
    }

    @Test
    void aComputedReportIsRebuiltEqualWithAndWithoutATrend() {
        TrustReport march = march();
        assertEquals(march, new Parts(march).build());
        assertEquals(march.hashCode(), new Parts(march).build().hashCode());
        TrustReport june = CALCULATOR.assess(TrustSurveys.survey(LocalDate.of(2026, 6, 15), TrustSurveys.march()
                .responses()), march);
        assertEquals(june, new Parts(june).build());
        assertNotEquals(march, june);
    }

    @Test
    void figuresAreEqualValuesWhateverTheirTrailingZeros() {
        TrustGroup side = TrustGroup.side(HONESTY, SUPPLIER);
        GroupScore a = new GroupScore.Shown(side, new BigDecimal("75"), 6, 6);
        GroupScore b = new GroupScore.Shown(side, new BigDecimal("75.000000000"), 6, 6);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("75", a.score().orElseThrow().toPlainString()); // canonical form: no trailing zeros
        assertEquals(new TrustChange("trust index", new BigDecimal("50.5"), new BigDecimal("75")),
                new TrustChange("trust index", new BigDecimal("50.500000"), new BigDecimal("75.0")));
        // a figure with more decimals than a report carries is kept as it is, and refused by the factory
        assertEquals("75.0000001", new GroupScore.Shown(side, new BigDecimal("75.0000001"), 6, 6).value().toPlainString());
        // the March report rebuilt with its supplier honesty figure written as 75 is the same report
        TrustReport march = march();
        Parts p = new Parts(march);
        p.supplier(0, new GroupScore.Shown(side, new BigDecimal("75"), 6, 6));
        assertEquals(march, p.build());
        assertEquals(march.hashCode(), p.build().hashCode());
    }

    @Test
    void aScoreWithMoreDecimalsThanAReportCarriesIsRefused() {
        Parts p = new Parts(march());
        // honesty, supplier side: 450 / 6 = 75 exactly; 75.0000001 is no figure the calculator gives
        p.supplier(0, new GroupScore.Shown(TrustGroup.side(HONESTY, SUPPLIER), new BigDecimal("75.0000001"), 6, 6));
        assertEquals("score 75.0000001 of 'honesty, supplier side' must carry at most 6 decimals, as every figure is"
                + " rounded once to them", violation(p.violations(), "dimensions[0].supplier.value").rule());
    }

    @Test
    void respondentsMustNotBeNegative() {
        Parts p = new Parts(march());
        p.respondents = -1;
        // -1 respondents also makes every shown figure count more respondents than the survey
        assertEquals("respondents -1 must not be negative", violation(p.violations(), "respondents").rule());
    }

    @Test
    void aShownFigureMayNotCountMoreRespondentsThanTheSurvey() {
        Parts p = new Parts(march());
        p.respondents = 13; // the overall figures count all 14
        assertEquals(List.of(
                Violation.of("dimensions[0].overall.respondents", 14,
                        "'honesty, both sides' counts 14 respondents, more than the 13 of the survey"),
                Violation.of("dimensions[1].overall.respondents", 14,
                        "'transparency, both sides' counts 14 respondents, more than the 13 of the survey")),
                p.violations());
    }

    @Test
    void aGroupBelowTheMinimumCannotBeShownByHand() {
        Parts p = new Parts(march());
        // un-suppress honesty at customer level A: c1 answered 4, normalised 75
        TrustGroup a = TrustGroup.level(HONESTY, CUSTOMER, STRATEGIC);
        p.level(0, 0, new GroupScore.Shown(a, new BigDecimal("75"), 1, 1));
        p.suppressed.removeIf(s -> s.group().equals(a));

        List<Violation> vs = p.violations();

        assertEquals("'honesty, customer side, level A' is shown with 1 respondents, fewer than the minimum group size 3;"
                + " it must be suppressed", violation(vs, "levels[0].scores[0].respondents").rule());
        // the level's index no longer leaves honesty out
        assertTrue(violation(vs, "levels[0].index.included").rule().startsWith("the trust index of the customer side at"
                + " level A includes [] and leaves out [honesty, transparency], but the dimensions with a shown score are"
                + " [honesty]"));
    }

    @Test
    void aComplementaryFigureCannotBeShownWhenItGivesASmallGroupBySubtraction() {
        Parts p = new Parts(march());
        // un-suppress honesty at customer level B (3 respondents: c2 4, c3 5, c4 4 -> 75, 100, 75, mean 83.333333)
        // and at level C (4 respondents: 75, 50, 75, 100, mean 75)
        TrustGroup b = TrustGroup.level(HONESTY, CUSTOMER, TACTICAL);
        TrustGroup c = TrustGroup.level(HONESTY, CUSTOMER, OPERATIONAL);
        p.level(1, 0, new GroupScore.Shown(b, new BigDecimal("83.333333"), 3, 3));
        p.level(2, 0, new GroupScore.Shown(c, new BigDecimal("75"), 4, 4));
        p.suppressed.removeIf(s -> s.group().equals(b) || s.group().equals(c));

        List<Violation> vs = p.violations();

        // customer side (8 answers) - level B (3) - level C (4) = level A, c1's answer alone
        assertEquals("'honesty, customer side, level A' is suppressed for having fewer than 3 respondents, but the figures"
                + " shown on 'honesty' let it be worked out by subtraction", violation(vs, "levels[0].scores[0]").rule());
        assertEquals(List.of("levels[0].scores[0]", "levels[1].index.included", "levels[2].index.included"),
                vs.stream().map(Violation::path).toList());
    }

    @Test
    void hidingMoreThanTheCalculatorIsValid() {
        // the supplier's honesty figure (6 respondents) hidden by hand, with the supplier index and the explanation
        // following: valid, as hiding more never exposes anything
        TrustReport march = march();
        Parts p = new Parts(march);
        GroupScore.Suppressed hidden = new GroupScore.Suppressed(TrustGroup.side(HONESTY, SUPPLIER),
                SuppressionReason.COMPLEMENTARY, 3);
        p.supplier(0, hidden);
        p.suppressed.add(3, hidden); // in the order of the figures: after honesty at customer levels A, B and C
        // supplier index: transparency alone, 62.5
        p.supplierIndex = new TrustIndex(Optional.of(new BigDecimal("62.5")), List.of(TrustDimension.TRANSPARENCY),
                List.of(HONESTY));
        // only the explanation is left: it must be the one these figures give
        assertEquals(List.of("explanation"), p.violations().stream().map(Violation::path).toList());
        p.explanation = TrustExplanation.of(p.draft());
        TrustReport hidden2 = p.build();
        assertTrue(hidden2.trustIndex(SUPPLIER).isPresent());
        assertTrue(hidden2.toString().contains("honesty, supplier side: suppressed, hidden so that"), hidden2.toString());
        assertEquals(march.balance(), hidden2.balance());
    }

    @Test
    void aFigureBelowTheMinimumThatShownFiguresExposeIsRefused() {
        Parts p = new Parts(march());
        // the supplier's honesty figure claimed below the minimum: overall 14 - customer 8 gives it
        GroupScore.Suppressed hidden = new GroupScore.Suppressed(TrustGroup.side(HONESTY, SUPPLIER),
                SuppressionReason.BELOW_MINIMUM, 3);
        p.supplier(0, hidden);
        p.suppressed.add(3, hidden); // in the order of the figures: after honesty at customer levels A, B and C
        p.supplierIndex = new TrustIndex(Optional.of(new BigDecimal("62.5")), List.of(TrustDimension.TRANSPARENCY),
                List.of(HONESTY));

        assertEquals(List.of(Violation.of("dimensions[0].supplier", "honesty, supplier side", "'honesty, supplier side' is"
                + " suppressed for having fewer than 3 respondents, but the figures shown on 'honesty' let it be worked out"
                + " by subtraction")), p.violations());
    }

    @Test
    void scoresMustBeWithinZeroAndHundred() {
        Parts p = new Parts(march());
        GroupScore.Shown supplier = (GroupScore.Shown) p.dimensions.get(0).supplier();
        p.supplier(0, new GroupScore.Shown(supplier.group(), new BigDecimal("100.5"), supplier.answers(),
                supplier.respondents()));

        assertEquals("score 100.5 of 'honesty, supplier side' must be between 0 and 100",
                violation(p.violations(), "dimensions[0].supplier.value").rule());
    }

    @Test
    void aFigureHasAtLeastAsManyAnswersAsRespondents() {
        Parts p = new Parts(march());
        GroupScore.Shown supplier = (GroupScore.Shown) p.dimensions.get(0).supplier();
        p.supplier(0, new GroupScore.Shown(supplier.group(), supplier.value(), 5, 6));

        assertEquals(List.of(Violation.of("dimensions[0].supplier.answers", 5, "'honesty, supplier side' averages 5"
                + " answers, fewer than its 6 respondents, each of whom answered at least once")), p.violations());
    }

    @Test
    void everyFigureStandsInItsPlace() {
        Parts p = new Parts(march());
        DimensionTrust d = p.dimensions.get(0);
        p.dimensions.set(0, new DimensionTrust(d.dimension(), d.weight(), d.overall(), d.supplier(), d.customer(),
                d.customerSelfImage(), d.supplierSelfImage()));

        List<Violation> vs = p.violations();

        assertEquals("the figure of 'honesty, supplier side' stands where the figure of 'honesty, customer side' belongs",
                violation(vs, "dimensions[0].customer.group").rule());
        assertEquals("the figure of 'honesty, customer side' stands where the figure of 'honesty, supplier side' belongs",
                violation(vs, "dimensions[0].supplier.group").rule());
    }

    @Test
    void sidesAndLevelsAreListedOnceWithOneFigurePerDimension() {
        Parts p = new Parts(march());
        p.levels.add(p.levels.get(5));
        LevelTrust a = p.levels.get(3);
        p.levels.set(3, new LevelTrust(a.side(), a.level(), a.scores().subList(0, 1), a.index()));

        List<Violation> vs = p.violations();

        assertEquals("the supplier side at level C is listed more than once", violation(vs, "levels[6]").rule());
        assertEquals("the supplier side at level A has 1 figures, but it must have one per dimension of the report, 2",
                violation(vs, "levels[3].scores").rule());
    }

    @Test
    void dimensionsAreUniqueAndWeightedAsThePolicySays() {
        Parts p = new Parts(march());
        DimensionTrust d = p.dimensions.get(1);
        p.dimensions.set(1, new DimensionTrust(d.dimension(), new BigDecimal("2"), d.overall(), d.customer(),
                d.supplier(), d.customerSelfImage(), d.supplierSelfImage()));
        p.dimensions.add(p.dimensions.get(0));

        List<Violation> vs = p.violations();

        assertEquals("weight 2 of dimension 'transparency' must be the policy's weight 1",
                violation(vs, "dimensions[1].weight").rule());
        assertEquals("dimension 'honesty' is listed more than once", violation(vs, "dimensions[2].dimension.id").rule());
    }

    @Test
    void aSuppressedFigureNamesThePolicysMinimumGroupSize() {
        Parts p = new Parts(march());
        TrustGroup a = TrustGroup.level(HONESTY, CUSTOMER, STRATEGIC);
        GroupScore.Suppressed two = new GroupScore.Suppressed(a, SuppressionReason.BELOW_MINIMUM, 2);
        p.level(0, 0, two);
        p.suppressed.replaceAll(s -> s.group().equals(a) ? two : s);

        assertEquals(List.of(Violation.of("levels[0].scores[0].minimumGroupSize", 2, "'honesty, customer side, level A'"
                + " is suppressed under a minimum group size of 2, but the policy's is 3")), p.violations());
    }

    @Test
    void theSuppressedListHoldsExactlyTheSuppressedFiguresOnce() {
        TrustReport march = march();
        Parts p = new Parts(march);
        GroupScore.Suppressed first = p.suppressed.remove(0);
        p.suppressed.add(p.suppressed.get(0));
        p.suppressed.add(new GroupScore.Suppressed(TrustGroup.side(HONESTY, SUPPLIER), SuppressionReason.COMPLEMENTARY, 3));

        assertEquals(List.of(
                Violation.of("suppressed[5]", "honesty, customer side, level B",
                        "'honesty, customer side, level B' is listed as suppressed more than once"),
                Violation.of("suppressed[6]", "honesty, supplier side", "'honesty, supplier side' is listed as suppressed"
                        + " (COMPLEMENTARY), but the figures of the report do not suppress it so"),
                Violation.of("suppressed", first.group().label(), "'honesty, customer side, level A' is suppressed"
                        + " (BELOW_MINIMUM) in the figures of the report, but not listed as suppressed")),
                p.violations());

        // and in the order of the figures
        Parts reordered = new Parts(march);
        java.util.Collections.reverse(reordered.suppressed);
        assertEquals(List.of(Violation.of("suppressed", "[transparency, customer side, level C, transparency, customer"
                + " side, level B, transparency, customer side, level A, honesty, customer side, level C, honesty, customer"
                + " side, level B, honesty, customer side, level A]", "the suppressed"
                + " figures must be listed in the order of the figures of the report (by dimension; both sides, then each"
                + " side with its 360° views and its levels from A down): [honesty, customer side, level A, honesty,"
                + " customer side, level B, honesty, customer side, level C, transparency, customer side, level A,"
                + " transparency, customer side, level B, transparency, customer side, level C]")),
                reordered.violations());
    }

    @Test
    void eachIndexIsTheWeightedMeanOfTheFiguresShown() {
        Parts p = new Parts(march());
        // (76.785714 + 75) / 2 = 75.892857; claimed 80
        p.index = new TrustIndex(Optional.of(new BigDecimal("80")), p.index.included(), p.index.leftOut());
        p.customerIndex = new TrustIndex(p.customerIndex.value(), List.of(HONESTY), List.of(TrustDimension.TRANSPARENCY));

        assertEquals(List.of(
                Violation.of("index.value", "80", "the trust index is 80, but the weighted mean of the scores shown is"
                        + " 75.892857"),
                Violation.of("customerIndex.included", "[honesty]", "the trust index of the customer side includes"
                        + " [honesty] and leaves out [transparency], but the dimensions with a shown score are"
                        + " [honesty, transparency] and the others []")),
                p.violations());
    }

    @Test
    void theBalanceFollowsFromTheGapsAndTheThreshold() {
        Parts p = new Parts(march());
        // transparency: |84.375 - 62.5| = 21.875 > 15
        p.balance = Balance.IN_BALANCE;
        assertEquals(List.of(Violation.of("balance", Balance.IN_BALANCE, "balance IN_BALANCE does not follow from the"
                + " perception gaps and the threshold 15, which give OUT_OF_BALANCE")), p.violations());

        // with a threshold of 25 the same report would be in balance, and OUT_OF_BALANCE is refused
        Parts wide = new Parts(march());
        wide.policy = TrustPolicy.builder().balanceThreshold(new BigDecimal("25")).build();
        assertEquals("balance OUT_OF_BALANCE does not follow from the perception gaps and the threshold 25, which give"
                + " IN_BALANCE", violation(wide.violations(), "balance").rule());
    }

    @Test
    void theTrendComparesFiguresThisReportShows() {
        TrustReport march = march();
        TrustReport june = CALCULATOR.assess(TrustSurveys.survey(LocalDate.of(2026, 6, 15),
                TrustSurveys.march().responses()), march);
        Parts p = new Parts(june);
        TrustTrend t = p.trend.orElseThrow();
        List<TrustChange> changes = new ArrayList<>(t.changes());
        TrustChange first = changes.get(0); // the trust index, 75.89... in both
        changes.set(0, new TrustChange(first.figure(), first.previous(), new BigDecimal("90")));
        changes.add(new TrustChange("honesty, customer side, level A", new BigDecimal("50"), new BigDecimal("75")));
        changes.add(new TrustChange(TrustTrend.indexName(CUSTOMER), new BigDecimal("101"), new BigDecimal("81.25")));
        p.trend = Optional.of(new TrustTrend(LocalDate.of(2026, 6, 15), changes));

        assertEquals(List.of(
                Violation.of("trend.previousAssessment", "2026-06-15", "the previous assessment of 2026-06-15 must be"
                        + " before this one of 2026-06-15"),
                Violation.of("trend.changes[0].current", "90", "the current value 90 of 'trust index' must be the figure"
                        + " this report shows, 75.892857"),
                Violation.of("trend.changes[9].figure", "honesty, customer side, level A", "'honesty, customer side,"
                        + " level A' is not a figure a trend compares: the trust indexes and each dimension of the report"
                        + " overall and per side"),
                Violation.of("trend.changes[10].previous", "101", "the previous value 101 of 'trust index, customer side'"
                        + " must be between 0 and 100"),
                Violation.of("trend.changes[10].figure", "trust index, customer side",
                        "the change of 'trust index, customer side' is listed more than once")),
                p.violations());
    }

    @Test
    void theExplanationIsTheOneTheFiguresGive() {
        Parts p = new Parts(march());
        p.explanation = Explanation.of("Trust report of 2026-03-16", List.of());
        assertEquals(List.of(Violation.of("explanation", "Trust report of 2026-03-16", "the explanation must be the one"
                + " the figures of the report give, so that no figure the report suppresses can appear in it; it differs")),
                p.violations());
    }

    @Test
    void everyViolationIsListedInOneException() {
        Parts p = new Parts(march());
        p.respondents = -1;
        p.balance = Balance.UNDETERMINED;
        ValidationException e = assertThrows(ValidationException.class, p::build);
        assertEquals("TrustReport of 2026-03-16", e.subject());
        assertTrue(e.violations().size() > 2, e.getMessage());
        assertTrue(e.getMessage().startsWith("TrustReport of 2026-03-16 is invalid ("), e.getMessage());
        assertTrue(e.getMessage().contains("  - balance: balance UNDETERMINED does not follow"), e.getMessage());
    }

    @Test
    void partsMustNotBeNull() {
        Parts p = new Parts(march());
        p.explanation = null;
        assertThrows(NullPointerException.class, p::build);
    }
}
