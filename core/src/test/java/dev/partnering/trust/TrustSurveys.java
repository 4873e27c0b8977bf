package dev.partnering.trust;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.TrustDimension.HONESTY;
import static dev.partnering.trust.TrustDimension.TRANSPARENCY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.PartyKind;

/** Surveys for the trust tests, on a 1-5 scale so that normalised answers are 0, 25, 50, 75, 100. */
public final class TrustSurveys {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 16);
    static final LikertScale ONE_TO_FIVE = LikertScale.of(1, 5);

    private TrustSurveys() {
    }

    /**
     * A response about the relationship on honesty and transparency.
     */
    static SurveyResponse response(String id, PartyKind side, GovernanceLevel level, int honesty, int transparency) {
        return SurveyResponse.builder().respondent(id).side(side).level(level)
                .addAnswers(Answer.of(HONESTY, honesty), Answer.of(TRANSPARENCY, transparency)).build();
    }

    /**
     * Eight customer respondents (one at A, three at B, four at C) and six supplier respondents
     * (three at A, three at C), answering honesty and transparency on 1-5:
     * <pre>
     *              honesty             transparency
     * customer A   c1 4                5
     * customer B   c2 4, c3 5, c4 4    4, 4, 5
     * customer C   c5 4, c6 3, c7 4, c8 5    4, 4, 5, 4
     * supplier A   s1 4, s2 4, s3 5    3, 4, 3
     * supplier C   s4 4, s5 3, s6 4    4, 4, 3
     * </pre>
     */
    public static TrustSurvey march() {
        List<SurveyResponse> r = new ArrayList<>();
        r.add(response("c1", CUSTOMER, STRATEGIC, 4, 5));
        r.add(response("c2", CUSTOMER, TACTICAL, 4, 4));
        r.add(response("c3", CUSTOMER, TACTICAL, 5, 4));
        r.add(response("c4", CUSTOMER, TACTICAL, 4, 5));
        r.add(response("c5", CUSTOMER, OPERATIONAL, 4, 4));
        r.add(response("c6", CUSTOMER, OPERATIONAL, 3, 4));
        r.add(response("c7", CUSTOMER, OPERATIONAL, 4, 5));
        r.add(response("c8", CUSTOMER, OPERATIONAL, 5, 4));
        r.add(response("s1", SUPPLIER, STRATEGIC, 4, 3));
        r.add(response("s2", SUPPLIER, STRATEGIC, 4, 4));
        r.add(response("s3", SUPPLIER, STRATEGIC, 5, 3));
        r.add(response("s4", SUPPLIER, OPERATIONAL, 4, 4));
        r.add(response("s5", SUPPLIER, OPERATIONAL, 3, 4));
        r.add(response("s6", SUPPLIER, OPERATIONAL, 4, 3));
        return survey(MARCH, r);
    }

    static TrustSurvey survey(LocalDate date, List<SurveyResponse> responses) {
        return TrustSurvey.builder().assessmentDate(date).scale(ONE_TO_FIVE).addDimensions(HONESTY, TRANSPARENCY)
                .addAllResponses(responses).build();
    }
}
