package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/** The knobs of {@link TrustSurveyArbitrary} narrow the surveys down as they say, and refuse misuse at once. */
@AddLifecycleHook(ThoroughTries.class)
class TrustSurveyArbitraryProperties {

    static final LocalDate ASSESSED = LocalDate.of(2026, 3, 16);
    static final TrustDimension PACE = TrustDimension.of("pace", "Pace of decisions");

    @Property
    void threeSixtySurveysFollowTheirKnobs(@ForAll("threeSixty") TrustSurvey s) {
        assertEquals(LikertScale.of(0, 4), s.scale());
        assertEquals(List.of(TrustDimension.HONESTY, PACE), s.dimensions());
        assertEquals(ASSESSED, s.assessmentDate());
        Map<String, Long> perGroup = s.responses().stream()
                .collect(Collectors.groupingBy(r -> r.side() + "/" + r.level(), Collectors.counting()));
        assertEquals(6, perGroup.size(), perGroup::toString);
        perGroup.forEach((group, n) -> assertTrue(n >= 2 && n <= 3, group + " has " + n + " respondents"));
        for (SurveyResponse r : s.responses()) {
            // every question answered: two dimensions, each about the relationship, the own side and the partner
            Set<String> asked = r.answers().stream().map(a -> a.dimension().id() + "/" + a.focus()).collect(Collectors.toSet());
            assertEquals(6, asked.size(), r::toString);
        }
    }

    @Provide
    Arbitrary<TrustSurvey> threeSixty() {
        return PartneringArbitraries.trustSurveys().withScale(0, 4).withDimensions(TrustDimension.HONESTY, PACE)
                .withRespondents(2, 3).withSelfRatings().withEveryQuestionAnswered().assessedOn(ASSESSED);
    }

    @Property
    void surveysInOneRoomNameEveryPartyAndShowNoGroupPerPartyBelowTheMinimum(@ForAll("oneRoom") TrustSurvey s) {
        assertEquals(List.of("cust", "s1", "s2", "s3"), s.parties().stream().map(dev.partnering.party.Party::id).toList());
        for (SurveyResponse r : s.responses()) {
            assertTrue(r.party().isPresent(), r::toString);
            // a 360° rating names the party it is about; a rating of the relationship names none
            r.answers().forEach(a -> assertEquals(a.focus() != dev.partnering.trust.Focus.RELATIONSHIP,
                    a.about().isPresent(), a::toString));
        }
        dev.partnering.trust.PartyTrustReport report = dev.partnering.trust.TrustCalculator.standard().assessParties(s);
        for (dev.partnering.trust.PartyFigure f : report.shown()) {
            long respondents = s.responses().stream().filter(r -> f.group().party().map(p -> r.party().orElseThrow()
                    .equals(p)).orElse(true) && f.group().level().map(l -> l == r.level()).orElse(true)
                    && r.answers().stream().anyMatch(a -> a.dimension().equals(f.group().dimension())
                            && f.group().about().map(x -> a.about().equals(java.util.Optional.of(x))).orElse(true)))
                    .count();
            assertTrue(respondents >= 3, f.group() + " shown with " + respondents + " respondents");
        }
    }

    @Provide
    Arbitrary<TrustSurvey> oneRoom() {
        return PartneringArbitraries.trustSurveys().withSelfRatings().withRespondents(0, 9).inOneRoom();
    }

    @Property
    void plainSurveysAnswerAboutTheRelationshipOnly(@ForAll("plain") TrustSurvey s) {
        assertEquals(LikertScale.oneToSeven(), s.scale());
        assertEquals(4 * 2 * 3, s.responses().size());
        List<Answer> answers = s.responses().stream().flatMap(r -> r.answers().stream()).toList();
        assertTrue(answers.stream().allMatch(a -> a.focus() == Focus.RELATIONSHIP), answers::toString);
        assertTrue(!s.dimensions().isEmpty() && TrustDimension.buildingBlocks().containsAll(
                s.dimensions().stream().filter(d -> !d.equals(PACE)).toList()), s.dimensions()::toString);
    }

    @Provide
    Arbitrary<TrustSurvey> plain() {
        return PartneringArbitraries.trustSurveys().withScale(1, 7).withRespondents(4).withoutSelfRatings();
    }

    @Property(tries = 300)
    void surveysForAnAgreementUseItsLevelsAndFallInItsInitialTerm(@ForAll("forAgreements") ForAgreement c) {
        Agreement a = c.agreement();
        TrustSurvey s = c.survey();
        Set<GovernanceLevel> levels = a.governance().levels();
        for (PartyKind side : PartyKind.values()) {
            for (GovernanceLevel level : levels) {
                long n = s.responses().stream().filter(r -> r.side() == side && r.level() == level).count();
                assertEquals(1, n, () -> side + " at " + level + " in " + s);
            }
        }
        assertEquals(2 * levels.size(), s.responses().size());
        assertTrue(!s.assessmentDate().isBefore(a.term().startDate())
                && s.assessmentDate().isBefore(a.term().initialEndDate()), () -> s.assessmentDate() + " " + a.term());
        Statistics.label("levels").collect(levels.size());
        Statistics.label("levels").coverage(cov -> {
            cov.check(2).percentage(p -> p > 20);
            cov.check(3).percentage(p -> p > 20);
        });
    }

    /** An agreement with a survey drawn for it. */
    record ForAgreement(Agreement agreement, TrustSurvey survey) {
    }

    @Provide
    Arbitrary<ForAgreement> forAgreements() {
        return PartneringArbitraries.agreements().withoutIncentiveScheme().flatMap(a -> PartneringArbitraries.trustSurveys(a)
                .withRespondents(1).map(s -> new ForAgreement(a, s)));
    }

    @Example
    void knobsRefuseMisuseNamingTheKnob() {
        IllegalArgumentException counts = assertThrows(IllegalArgumentException.class,
                () -> PartneringArbitraries.trustSurveys().withRespondents(3, 1));
        assertEquals("trustSurveys().withRespondents(3, 1): the counts must be at least 0, the maximum not below the minimum",
                counts.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> PartneringArbitraries.trustSurveys().withDimensions(TrustDimension.HONESTY, TrustDimension.HONESTY));
        assertEquals("trustSurveys().withDimensions(): dimension id 'honesty' is given more than once", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartneringArbitraries.trustSurveys().withDimensions());
        ValidationException scale = assertThrows(ValidationException.class,
                () -> PartneringArbitraries.trustSurveys().withScale(5, 5));
        assertTrue(scale.getMessage().contains("must be above its minimum 5"), scale::getMessage);
    }
}
