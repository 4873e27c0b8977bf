package dev.partnering.trust;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.TrustDimension.HONESTY;
import static dev.partnering.trust.TrustDimension.TRANSPARENCY;
import static dev.partnering.trust.TrustSurveys.MARCH;
import static dev.partnering.trust.TrustSurveys.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;

class TrustCalculatorTest {

    private static final TrustCalculator CALCULATOR = TrustCalculator.standard();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertScore(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "expected " + expected + " but the figure is absent");
        assertEquals(0, d(expected).compareTo(actual.get()), "expected " + expected + " but was " + actual.get());
    }

    private static String twoDecimals(Optional<BigDecimal> value) {
        return value.orElseThrow().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void sideScoresAndTrustIndexesOfTheMarchSurvey() {
        TrustReport r = CALCULATOR.assess(TrustSurveys.march());
        // Scale 1-5: normalised = (a - 1) / 4 x 100, so 3 -> 50, 4 -> 75, 5 -> 100.
        // honesty, customer: 75+75+100+75+75+50+75+100 = 625 / 8 = 78.125
        assertScore("78.125", r.dimension(HONESTY).customer().score());
        // honesty, supplier: 75+75+100+75+50+75 = 450 / 6 = 75
        assertScore("75", r.dimension(HONESTY).supplier().score());
        // transparency, customer: 100+75+75+100+75+75+100+75 = 675 / 8 = 84.375
        assertScore("84.375", r.dimension(TRANSPARENCY).customer().score());
        // transparency, supplier: 50+75+50+75+75+50 = 375 / 6 = 62.5
        assertScore("62.5", r.dimension(TRANSPARENCY).supplier().score());
        // transparency, both sides: (675 + 375) / 14 = 1050 / 14 = 75
        assertScore("75", r.dimension(TRANSPARENCY).overall().score());
        // honesty, both sides: (625 + 450) / 14 = 1075 / 14 = 76.7857142857... -> 6 decimals HALF_EVEN 76.785714
        assertScore("76.785714", r.dimension(HONESTY).overall().score());
        // customer index (78.125 + 84.375) / 2 = 81.25; supplier (75 + 62.5) / 2 = 68.75
        assertScore("81.25", r.trustIndex(CUSTOMER));
        assertScore("68.75", r.trustIndex(SUPPLIER));
        // overall from the rounded scores shown: (76.785714 + 75) / 2 = 75.892857 exactly
        assertScore("75.892857", r.trustIndex());
        assertEquals(14, r.respondents());
        GroupScore.Shown customerHonesty = (GroupScore.Shown) r.dimension(HONESTY).customer();
        assertEquals(8, customerHonesty.respondents());
        assertEquals(8, customerHonesty.answers());
    }

    @Test
    void aPerceptionGapAboveTheThresholdBreaksTheBalance() {
        TrustReport r = CALCULATOR.assess(TrustSurveys.march());
        // honesty |78.125 - 75| = 3.125 <= 15; transparency |84.375 - 62.5| = 21.875 > 15
        assertScore("3.125", r.dimension(HONESTY).perceptionGap());
        assertScore("21.875", r.dimension(TRANSPARENCY).perceptionGap());
        assertEquals(Balance.OUT_OF_BALANCE, r.balance());
        assertFalse(r.isInBalance());
        assertEquals(List.of(TRANSPARENCY), r.gapsAboveThreshold().stream().map(DimensionTrust::dimension).toList());
        assertTrue(r.explanation().toText().contains("trust perception gap on transparency 21.88 > 15"));
    }

    @Test
    void theSameGapIsInBalanceUnderAWiderThreshold() {
        TrustPolicy wide = TrustPolicy.builder().balanceThreshold(d("22")).build();
        // 21.875 <= 22 and 3.125 <= 22
        assertEquals(Balance.IN_BALANCE, TrustCalculator.of(wide).assess(TrustSurveys.march()).balance());
    }

    @Test
    void weightsShiftTheIndex() {
        TrustPolicy weighted = TrustPolicy.builder().putWeights("transparency", d("3")).build();
        TrustReport r = TrustCalculator.of(weighted).assess(TrustSurveys.march());
        // customer (1 x 78.125 + 3 x 84.375) / (1 + 3) = 331.25 / 4 = 82.8125
        assertScore("82.8125", r.trustIndex(CUSTOMER));
        // supplier (1 x 75 + 3 x 62.5) / 4 = 262.5 / 4 = 65.625
        assertScore("65.625", r.trustIndex(SUPPLIER));
    }

    @Test
    void aLoneRespondentAtALevelIsSuppressedAndSoIsASecondLevelThatWouldRevealItBySubtraction() {
        TrustReport r = CALCULATOR.assess(TrustSurveys.march());
        // customer level A has 1 respondent (c1): suppressed. Shown alone, levels B (3) and C (4)
        // would give A = side total - B - C, so the smaller of them, B, is suppressed as well.
        // A and B together are 4 respondents, whose sum may be derived: but not so that it narrows
        // c1's answer. In steps above 1 (0..4 per answer), honesty: side 25 of 32, level C
        // 3+2+3+4 = 12, so c1 + B = 13 with B at most 3 x 4 = 12: c1 >= 1, c1 could not have
        // answered 1. Transparency: side 26, C 3+3+4+3 = 13, c1 + B = 13, again c1 >= 1. So level C
        // is hidden too (levels are hidden first), and c1 + B stays within 0..32 - 16.
        for (TrustDimension dim : List.of(HONESTY, TRANSPARENCY)) {
            GroupScore a = r.level(CUSTOMER, STRATEGIC).orElseThrow().score(dim).orElseThrow();
            GroupScore b = r.level(CUSTOMER, TACTICAL).orElseThrow().score(dim).orElseThrow();
            GroupScore c = r.level(CUSTOMER, OPERATIONAL).orElseThrow().score(dim).orElseThrow();
            assertEquals(SuppressionReason.BELOW_MINIMUM, assertInstanceOf(GroupScore.Suppressed.class, a).reason());
            assertEquals(SuppressionReason.COMPLEMENTARY, assertInstanceOf(GroupScore.Suppressed.class, b).reason());
            assertEquals(SuppressionReason.BOUNDS, assertInstanceOf(GroupScore.Suppressed.class, c).reason());
            assertTrue(r.dimension(dim).customer().isShown());
        }
        // with level C hidden, the customer side (honesty 25 of 32 steps) leaves c1 anywhere in 0..4
        assertTrue(r.level(CUSTOMER, OPERATIONAL).orElseThrow().index().value().isEmpty());
        // supplier A: honesty 75+75+100 = 250 / 3 = 83.33; transparency 50+75+50 = 175 / 3 = 58.33
        LevelTrust supplierA = r.level(SUPPLIER, STRATEGIC).orElseThrow();
        assertEquals("83.33", twoDecimals(supplierA.score(HONESTY).orElseThrow().score()));
        assertEquals("58.33", twoDecimals(supplierA.score(TRANSPARENCY).orElseThrow().score()));
        // nobody on the supplier side works at level B
        assertInstanceOf(GroupScore.NoAnswers.class, r.level(SUPPLIER, TACTICAL).orElseThrow().score(HONESTY).orElseThrow());
        assertTrue(r.level(CUSTOMER, STRATEGIC).orElseThrow().index().value().isEmpty());
        assertEquals(6, r.suppressed().size());
    }

    @Test
    void theExplanationSaysWhatWasSuppressedAndWhyButNeverItsNumbers() {
        TrustReport r = CALCULATOR.assess(TrustSurveys.march());
        String text = r.explanation().toText();
        assertTrue(text.contains("honesty, customer side, level A: suppressed, fewer than 3 respondents"), text);
        assertTrue(text.contains("honesty, customer side, level B: suppressed, hidden so that a group of fewer than 3"
                + " respondents cannot be worked out by subtraction"), text);
        for (String line : text.split("\n")) {
            if (line.contains("customer side, level A:") || line.contains("customer side, level B:")) {
                assertTrue(line.contains("suppressed") || line.contains("not available"), line);
            }
        }
        // no line shows a mean for the suppressed level groups
        assertFalse(text.contains("customer side, level A: mean"), text);
        assertFalse(text.contains("customer side, level B: mean"), text);
    }

    @Test
    void aSideWithTooFewRespondentsHidesTheOverallFigureThatWouldRevealIt() {
        List<SurveyResponse> r = new ArrayList<>();
        r.add(response("c1", CUSTOMER, STRATEGIC, 4, 4));
        r.add(response("c2", CUSTOMER, STRATEGIC, 5, 4));
        r.add(response("c3", CUSTOMER, STRATEGIC, 4, 5));
        r.add(response("s1", SUPPLIER, STRATEGIC, 2, 2));
        r.add(response("s2", SUPPLIER, STRATEGIC, 3, 2));
        TrustReport report = CALCULATOR.assess(TrustSurveys.survey(MARCH, r));
        // supplier side: 2 respondents < 3, suppressed; both sides - customer side = supplier side,
        // so the overall figure is suppressed too, and with it the overall trust index.
        DimensionTrust honesty = report.dimension(HONESTY);
        assertEquals(SuppressionReason.BELOW_MINIMUM, ((GroupScore.Suppressed) honesty.supplier()).reason());
        assertEquals(SuppressionReason.COMPLEMENTARY, ((GroupScore.Suppressed) honesty.overall()).reason());
        // customer honesty 75+100+75 = 250 / 3 = 83.33
        assertEquals("83.33", twoDecimals(honesty.customer().score()));
        assertTrue(report.trustIndex().isEmpty());
        assertTrue(report.trustIndex(CUSTOMER).isPresent());
        assertTrue(report.trustIndex(SUPPLIER).isEmpty());
        assertTrue(honesty.perceptionGap().isEmpty());
        assertEquals(Balance.UNDETERMINED, report.balance());
    }

    @Test
    void threeSixtyDegreeSelfImage() {
        // transparency, 1-5, everyone at level B answering about their own side and about the partner:
        //   customer  own 5, 5, 4 -> 100, 100, 75;  partner 3, 2, 3 -> 50, 25, 50
        //   supplier  own 4, 5, 4 -> 75, 100, 75;   partner 4, 4, 5 -> 75, 75, 100
        List<SurveyResponse> r = List.of(
                view("c1", CUSTOMER, 5, 3), view("c2", CUSTOMER, 5, 2), view("c3", CUSTOMER, 4, 3),
                view("s1", SUPPLIER, 4, 4), view("s2", SUPPLIER, 5, 4), view("s3", SUPPLIER, 4, 5));
        TrustSurvey survey = TrustSurvey.builder().assessmentDate(MARCH).scale(TrustSurveys.ONE_TO_FIVE)
                .addDimensions(TRANSPARENCY).addAllResponses(r).build();
        DimensionTrust t = CALCULATOR.assess(survey).dimension(TRANSPARENCY);
        // customer sees itself at 275 / 3 = 91.67; the supplier sees the customer at 250 / 3 = 83.33
        SelfImage customer = t.selfImage(CUSTOMER);
        assertEquals("91.67", twoDecimals(customer.self().score()));
        assertEquals("83.33", twoDecimals(customer.seenByPartner().score()));
        assertEquals("8.33", twoDecimals(customer.gap())); // 25 / 3
        // supplier sees itself at 250 / 3 = 83.33; the customer sees the supplier at 125 / 3 = 41.67
        SelfImage supplier = t.selfImage(SUPPLIER);
        assertEquals("83.33", twoDecimals(supplier.self().score()));
        assertEquals("41.67", twoDecimals(supplier.seenByPartner().score()));
        assertEquals("41.67", twoDecimals(supplier.gap())); // 125 / 3
        // each side's view of the relationship takes all its answers:
        // customer (275 + 125) / 6 = 66.67, supplier (250 + 250) / 6 = 83.33, gap 100 / 6 = 16.67 > 15
        assertEquals("66.67", twoDecimals(t.customer().score()));
        assertEquals("83.33", twoDecimals(t.supplier().score()));
        assertEquals("16.67", twoDecimals(t.perceptionGap()));
    }

    private static SurveyResponse view(String id, dev.partnering.party.PartyKind side, int own, int partner) {
        return SurveyResponse.builder().respondent(id).side(side).level(TACTICAL)
                .addAnswers(Answer.of(TRANSPARENCY, Focus.OWN_SIDE, own), Answer.of(TRANSPARENCY, Focus.PARTNER_SIDE, partner))
                .build();
    }

    @Test
    void aSmallSelfViewIsSuppressedWhileTheSideStaysVisible() {
        // four customers answer 4 about the relationship, two of them also 3 about their own side
        DimensionTrust t = CALCULATOR.assess(selfViews(3)).dimension(TRANSPARENCY);
        assertEquals(SuppressionReason.BELOW_MINIMUM,
                assertInstanceOf(GroupScore.Suppressed.class, t.selfImage(CUSTOMER).self()).reason());
        // the side mixes both: (4 x 75 + 2 x 50) / 6 = 400 / 6 = 66.67; the relationship-only
        // answers are never shown on their own, so the two self views cannot be derived; in steps
        // the side holds 4 x 3 + 2 x 2 = 16 of 24, so the self views (0..8) may be anything: the
        // relationship answers (0..16) make up the rest, 8..16
        assertEquals("66.67", twoDecimals(t.customer().score()));
        assertTrue(t.selfImage(CUSTOMER).gap().isEmpty());
    }

    @Test
    void aSideWhoseMeanNarrowsASmallSelfViewIsHiddenByBounds() {
        // as above, but the two answer 5 about their own side: the side holds 4 x 3 + 2 x 4 = 20 of
        // 24 steps; the relationship answers give at most 16, so the self views hold at least 4:
        // shown, the side would tell that c1 and c2 did not both answer 1. It is hidden.
        DimensionTrust t = CALCULATOR.assess(selfViews(5)).dimension(TRANSPARENCY);
        assertEquals(SuppressionReason.BOUNDS, assertInstanceOf(GroupScore.Suppressed.class, t.customer()).reason());
        assertEquals(SuppressionReason.BOUNDS, assertInstanceOf(GroupScore.Suppressed.class, t.overall()).reason());
    }

    private static TrustSurvey selfViews(int own) {
        List<SurveyResponse> r = new ArrayList<>();
        for (String id : List.of("c1", "c2", "c3", "c4")) {
            SurveyResponse.Builder b = SurveyResponse.builder().respondent(id).side(CUSTOMER).level(TACTICAL)
                    .addAnswers(Answer.of(TRANSPARENCY, 4));
            if (id.equals("c1") || id.equals("c2")) {
                b.addAnswers(Answer.of(TRANSPARENCY, Focus.OWN_SIDE, own));
            }
            r.add(b.build());
        }
        return TrustSurvey.builder().assessmentDate(MARCH).scale(TrustSurveys.ONE_TO_FIVE)
                .addDimensions(TRANSPARENCY).addAllResponses(r).build();
    }

    @Test
    void trendAgainstThePreviousAssessment() {
        List<SurveyResponse> september = new ArrayList<>();
        for (String id : List.of("c1", "c2", "c3")) {
            september.add(response(id, CUSTOMER, TACTICAL, 3, 3)); // 50, 50
        }
        for (String id : List.of("s1", "s2", "s3")) {
            september.add(response(id, SUPPLIER, TACTICAL, 4, 3)); // 75, 50
        }
        TrustReport previous = CALCULATOR.assess(TrustSurveys.survey(LocalDate.of(2025, 9, 15), september));
        // previous: customer index (50 + 50) / 2 = 50, supplier (75 + 50) / 2 = 62.5,
        // overall honesty (150 + 225) / 6 = 62.5, transparency 300 / 6 = 50, index 56.25
        TrustReport now = CALCULATOR.assess(TrustSurveys.march(), previous);
        TrustTrend trend = now.trend().orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 15), trend.previousAssessment());
        assertScore("31.25", trend.indexChange(CUSTOMER)); // 81.25 - 50
        assertScore("6.25", trend.indexChange(SUPPLIER)); // 68.75 - 62.5
        // every figure compared has 3 or more respondents more than in September (customer 3 -> 8,
        // supplier 3 -> 6, both 6 -> 14), so every change may be shown; 75.892857 - 56.25 = 19.642857
        assertScore("19.642857", trend.indexChange());
        assertScore("12.5", trend.change(TrustGroup.side(TRANSPARENCY, SUPPLIER))); // 62.5 - 50
        assertTrue(now.explanation().toText().contains("trust index, customer side: 50 -> 81.25 (+31.25)"));
    }

    @Test
    void aPreviousAssessmentMustComeBefore() {
        TrustReport march = CALCULATOR.assess(TrustSurveys.march());
        ValidationException e = assertThrows(ValidationException.class,
                () -> CALCULATOR.assess(TrustSurveys.march(), march));
        assertTrue(e.getMessage().contains("the previous assessment of 2026-03-16 must be before this one of 2026-03-16"),
                e.getMessage());
    }

    @Test
    void aWeightForADimensionTheSurveyDoesNotAskIsRejected() {
        TrustPolicy typo = TrustPolicy.builder().putWeights("transparancy", d("2")).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> TrustCalculator.of(typo).assess(TrustSurveys.march()));
        assertTrue(e.getMessage().contains("the policy weighs dimension 'transparancy', which the survey of 2026-03-16"
                + " does not ask about"), e.getMessage());
    }

    @Test
    void theDefaultScaleIsOneToSeven() {
        LikertScale scale = LikertScale.oneToSeven();
        // (5 - 1) / 6 x 100 = 400 / 6 = 66.666666... -> 6 decimals HALF_EVEN 66.666667
        assertEquals(d("66.666667"), scale.normalise(5));
        assertEquals(0, scale.normalise(1).signum());
        assertEquals(0, d("100").compareTo(scale.normalise(7)));
        ValidationException e = assertThrows(ValidationException.class, () -> scale.normalise(8));
        assertEquals("answer 8 is not on the scale 1-7", e.violations().get(0).rule());
        assertEquals(scale, TrustSurvey.builder().assessmentDate(MARCH).addDimensions(HONESTY).build().scale());
    }

    @Test
    void aScaleNeedsTwoPoints() {
        ValidationException e = assertThrows(ValidationException.class, () -> LikertScale.of(5, 5));
        assertEquals("Likert scale maximum 5 must be above its minimum 5", e.violations().get(0).rule());
    }

    @Test
    void aSurveyReportsEveryBadAnswerAtOnce() {
        TrustDimension pace = TrustDimension.of("pace", "Pace of decisions");
        ValidationException e = assertThrows(ValidationException.class, () -> TrustSurvey.builder()
                .assessmentDate(MARCH).scale(TrustSurveys.ONE_TO_FIVE).addDimensions(HONESTY)
                .addResponses(response("c1", CUSTOMER, TACTICAL, 4, 4))
                .addResponses(SurveyResponse.builder().respondent("c1").side(CUSTOMER).level(TACTICAL)
                        .addAnswers(Answer.of(HONESTY, 6), Answer.of(pace, 3)).build())
                .build());
        List<String> rules = e.violations().stream().map(dev.partnering.Violation::toString).toList();
        assertEquals(List.of(
                "responses[0].answers[1].dimension: respondent 'c1' answers dimension 'transparency', which is not one"
                        + " of the survey's dimensions [honesty]",
                "responses[1].respondent: respondent 'c1' answers more than once",
                "responses[1].answers[0].value: respondent 'c1' answers 6 on 'honesty', outside the scale 1-5",
                "responses[1].answers[1].dimension: respondent 'c1' answers dimension 'pace', which is not one of the"
                        + " survey's dimensions [honesty]"), rules);
    }

    @Test
    void aResponseAnswersADimensionOncePerFocus() {
        ValidationException e = assertThrows(ValidationException.class, () -> SurveyResponse.builder()
                .respondent("r-1").side(SUPPLIER).level(OPERATIONAL)
                .addAnswers(Answer.of(HONESTY, 4), Answer.of(HONESTY, Focus.OWN_SIDE, 4), Answer.of(HONESTY, 5)).build());
        assertEquals("answers[2]: response 'r-1' answers dimension 'honesty' about RELATIONSHIP more than once",
                e.violations().get(0).toString());
    }

    @Test
    void aPolicyRejectsImpossibleSettings() {
        ValidationException e = assertThrows(ValidationException.class, () -> TrustPolicy.builder()
                .minimumGroupSize(0).balanceThreshold(d("101")).putWeights("honesty", BigDecimal.ZERO).build());
        assertEquals(List.of("minimum group size 0 must be at least 1",
                "balance threshold 101 must be between 0 and 100 points",
                "weight 0 of dimension 'honesty' must be greater than 0"),
                e.violations().stream().map(dev.partnering.Violation::rule).toList());
    }

    @Test
    void theFiveBuildingBlocks() {
        assertEquals(List.of("loyalty", "integrity", "honesty", "reciprocity", "transparency"),
                TrustDimension.buildingBlocks().stream().map(TrustDimension::id).toList());
        assertEquals(TRANSPARENCY, TrustDimension.of("transparency", "Transparency"));
    }

    @Test
    void scoresCarrySixDecimals() {
        // 1075 / 14 = 76.785714285714... rounded once to 6 decimals
        assertEquals(6, CALCULATOR.assess(TrustSurveys.march()).dimension(HONESTY).overall().score().orElseThrow().scale());
        assertEquals(TrustReport.DECIMALS, 6);
    }
}
