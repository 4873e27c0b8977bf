package dev.partnering.trust;

import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.TrustDimension.HONESTY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;

class PartyTrustTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);
    private static final List<Party> PARTIES = List.of(Party.customer("cust", "Region"),
            Party.leadSupplier("s1", "Servers"), Party.supplier("s2", "Network"));

    static SurveyResponse respondent(String id, PartyKind side, String party, GovernanceLevel level, int relationship,
            Optional<String> about, int aboutValue) {
        return respondent(id, side, Optional.of(party), level, relationship, about, aboutValue);
    }

    static SurveyResponse respondent(String id, PartyKind side, Optional<String> party, GovernanceLevel level,
            int relationship, Optional<String> about, int aboutValue) {
        SurveyResponse.Builder b = SurveyResponse.builder().respondent(id).side(side).party(party).level(level)
                .addAnswers(Answer.of(HONESTY, relationship));
        about.ifPresent(p -> b.addAnswers(Answer.builder().dimension(HONESTY).focus(Focus.OWN_SIDE)
                .about(party.map(x -> p)).value(aboutValue).build()));
        return b.build();
    }

    /** Scale 1-5: 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100. Every cell holds three respondents. */
    static List<SurveyResponse> oneRoom() {
        return oneRoom(true);
    }

    /** The same answers, with the parties named or not. */
    static List<SurveyResponse> oneRoom(boolean named) {
        List<SurveyResponse> rs = new ArrayList<>();
        int[][] s1 = {{4, 3}, {4, 4}, {5, 4}};
        int[][] s2 = {{5, 2}, {5, 3}, {4, 3}};
        for (int i = 0; i < 3; i++) {
            rs.add(respondent("r-s1" + i, SUPPLIER, name("s1", named), TACTICAL, s1[i][0], Optional.of("s2"), s1[i][1]));
            rs.add(respondent("r-s2" + i, SUPPLIER, name("s2", named), TACTICAL, s2[i][0], Optional.of("s1"), s2[i][1]));
            rs.add(respondent("r-c" + i, CUSTOMER, name("cust", named), TACTICAL, 4, Optional.empty(), 0));
        }
        return rs;
    }

    private static Optional<String> name(String party, boolean named) {
        return named ? Optional.of(party) : Optional.empty();
    }

    static TrustSurvey survey(List<SurveyResponse> responses) {
        return survey(PARTIES, responses);
    }

    static TrustSurvey survey(List<Party> parties, List<SurveyResponse> responses) {
        return TrustSurvey.builder().assessmentDate(JUNE).scale(LikertScale.of(1, 5)).addDimensions(HONESTY)
                .addAllParties(parties).addAllResponses(responses).build();
    }

    private static void assertShown(String expected, Optional<PartyFigure> figure) {
        BigDecimal score = figure.orElseThrow().score().orElseThrow(() -> new AssertionError(figure + " not shown"));
        assertEquals(0, new BigDecimal(expected).compareTo(score), "expected " + expected + " but was " + score);
    }

    @Test
    void figuresPerPartyPerLevelAndPerPairInOneRoom() {
        PartyTrustReport r = TrustCalculator.standard().assessParties(survey(oneRoom()));
        // s1: relationship 75, 75, 100 and about s2 50, 75, 75 -> 450 / 6 = 75 (all at level B)
        assertShown("75", r.party(HONESTY, "s1"));
        assertShown("75", r.level(HONESTY, "s1", TACTICAL));
        // s1 about s2: 50 + 75 + 75 = 200 / 3 = 66.666666.. -> 66.666667
        assertShown("66.666667", r.pair(HONESTY, "s1", "s2"));
        // s2: relationship 100, 100, 75 and about s1 25, 50, 50 -> 400 / 6 = 66.666667
        assertShown("66.666667", r.party(HONESTY, "s2"));
        // s2 about s1: 25 + 50 + 50 = 125 / 3 = 41.666667; everyone about s1 is the same three answers
        assertShown("41.666667", r.pair(HONESTY, "s2", "s1"));
        assertShown("41.666667", r.figure(PartyTrustGroup.about(HONESTY, "s1")));
        // the customer: 75 x 3 / 3 = 75
        assertShown("75", r.party(HONESTY, "cust"));
        // nobody of s1 answered about s1, nobody at level A
        assertTrue(r.pair(HONESTY, "s1", "s1").isEmpty());
        assertTrue(r.level(HONESTY, "s1", STRATEGIC).isEmpty());
        assertTrue(r.suppressed().isEmpty());
        // in the survey's order of parties, then everyone about each party
        assertEquals(List.of("honesty, cust", "honesty, cust, level B", "honesty, s1", "honesty, s1, level B",
                "honesty, s1 about s2", "honesty, s2", "honesty, s2, level B", "honesty, s2 about s1",
                "honesty, everyone about s1", "honesty, everyone about s2"),
                r.figures().stream().map(f -> f.group().label()).toList());
    }

    @Test
    void aLoneRespondentOfAThirdSupplierHidesEveryFigureOfTheDimension() {
        // s3 alone at level A: its figure is below the minimum, and every other figure per party is withheld, since
        // s2 = (both suppliers' side figure) - s1 - s3 would otherwise leave the lone answer to subtraction
        SurveyResponse lone = SurveyResponse.builder().respondent("r-s3").side(SUPPLIER).party("s3").level(STRATEGIC)
                .addAnswers(Answer.of(HONESTY, 5)).build();
        List<SurveyResponse> rs = new ArrayList<>(oneRoom());
        rs.add(lone);
        List<Party> parties = new ArrayList<>(PARTIES);
        parties.add(Party.supplier("s3", "Desk"));
        TrustSurvey s = survey(parties, rs);
        PartyTrustReport r = TrustCalculator.standard().assessParties(s);
        assertEquals(Optional.of(SuppressionReason.BELOW_MINIMUM), r.party(HONESTY, "s3").orElseThrow().suppression());
        assertEquals(Optional.of(SuppressionReason.COMPLEMENTARY), r.party(HONESTY, "s1").orElseThrow().suppression());
        assertTrue(r.shown().isEmpty());
        assertTrue(r.explanation().toText().contains("every figure per party withheld"), r.explanation().toText());
        // the report per side keeps its own protection: the supplier side (7 respondents) is still shown
        assertTrue(TrustCalculator.standard().assess(s).dimension(HONESTY).supplier().isShown());
    }

    @Test
    void aSurveyWithoutPartiesHasNoFigurePerParty() {
        PartyTrustReport r = TrustCalculator.standard().assessParties(TrustSurveys.march());
        assertTrue(r.figures().isEmpty());
    }

    @Test
    void theReportPerSideIsTheSameWithOrWithoutParties() {
        // naming parties adds figures per party; it changes nothing in the report per side
        TrustReport with = TrustCalculator.standard().assess(survey(oneRoom(true)));
        TrustReport without = TrustCalculator.standard().assess(survey(oneRoom(false)));
        assertTrue(TrustCalculator.standard().assessParties(survey(oneRoom(false))).figures().isEmpty());
        assertEquals(without.dimensions(), with.dimensions());
        assertEquals(without.suppressed(), with.suppressed());
    }

    @Test
    void partiesMustBeKnownAndOfTheRightKind() {
        List<SurveyResponse> rs = new ArrayList<>(oneRoom());
        rs.add(respondent("r-x", SUPPLIER, "nobody", TACTICAL, 4, Optional.empty(), 0));
        rs.add(respondent("r-y", CUSTOMER, "s1", TACTICAL, 4, Optional.empty(), 0));
        rs.add(respondent("r-z", SUPPLIER, "s1", TACTICAL, 4, Optional.of("ghost"), 4));
        rs.add(SurveyResponse.builder().respondent("r-w").side(SUPPLIER).level(TACTICAL)
                .addAnswers(Answer.about(HONESTY, Focus.OWN_SIDE, "s2", 4)).build());
        rs.add(SurveyResponse.builder().respondent("r-v").side(CUSTOMER).party("cust").level(TACTICAL)
                .addAnswers(Answer.about(HONESTY, Focus.OWN_SIDE, "s2", 4)).build());
        ValidationException e = assertThrows(ValidationException.class, () -> survey(rs));
        String m = e.getMessage();
        assertTrue(m.contains("works for party 'nobody', which is not one of the survey's parties"), m);
        assertTrue(m.contains("answers for the CUSTOMER side but works for party 's1', a SUPPLIER"), m);
        assertTrue(m.contains("answers about party 'ghost', which is not one of the survey's parties"), m);
        assertTrue(m.contains("respondent 'r-w' answers about party 's2' without naming its own party"), m);
        assertTrue(m.contains("respondent 'r-v' of the CUSTOMER side answers about party 's2', a SUPPLIER, so the focus"
                + " is PARTNER_SIDE"), m);
        assertEquals(5, e.violations().size(), m);
    }

    @Test
    void anAnswerAboutAPartyIsNotAboutTheRelationship() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Answer.builder().dimension(HONESTY).about("s1").value(4).build());
        assertTrue(e.getMessage().contains("an answer about party 's1' has the focus OWN_SIDE"), e.getMessage());
    }

    @Test
    void partyIdsAreUnique() {
        ValidationException e = assertThrows(ValidationException.class, () -> TrustSurvey.builder()
                .assessmentDate(JUNE).addDimensions(HONESTY).addParties(Party.supplier("s1", "A"),
                        Party.supplier("s1", "B")).build());
        assertTrue(e.getMessage().contains("party id 's1' is used more than once"), e.getMessage());
    }

    @Test
    void aRespondentMayAnswerAboutTwoPartiesOnOneDimension() {
        SurveyResponse r = SurveyResponse.builder().respondent("r-1").side(SUPPLIER).party("s1").level(TACTICAL)
                .addAnswers(Answer.about(HONESTY, Focus.OWN_SIDE, "s2", 4), Answer.about(HONESTY, Focus.OWN_SIDE, "s3", 5))
                .build();
        assertEquals(2, r.answers().size());
        assertFalse(r.answers().get(0).equals(r.answers().get(1)));
    }
}
