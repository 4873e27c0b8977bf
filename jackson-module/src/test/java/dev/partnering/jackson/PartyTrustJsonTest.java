package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;

/** Trust per party in JSON: the respondent's party, the party an answer is about and the survey's parties. */
class PartyTrustJsonTest {

    static TrustSurvey oneRoom() {
        return TrustSurvey.builder().assessmentDate(java.time.LocalDate.of(2026, 6, 15)).scale(LikertScale.of(1, 5))
                .addDimensions(TrustDimension.HONESTY)
                .addParties(Party.customer("region", "Region"), Party.leadSupplier("servers", "Servers"),
                        Party.supplier("network", "Network"))
                .addResponses(SurveyResponse.builder().respondent("r-1").side(PartyKind.SUPPLIER).party("servers")
                        .level(GovernanceLevel.TACTICAL).addAnswers(Answer.of(TrustDimension.HONESTY, 4),
                                Answer.about(TrustDimension.HONESTY, Focus.OWN_SIDE, "network", 3)).build())
                .addResponses(SurveyResponse.builder().respondent("r-2").side(PartyKind.CUSTOMER)
                        .level(GovernanceLevel.STRATEGIC).addAnswers(Answer.of(TrustDimension.HONESTY, 5)).build())
                .build();
    }

    @Test
    void aSurveyWithPartiesRoundTrips() {
        TrustSurvey s = oneRoom();
        TrustSurvey read = JsonTesting.roundTrip(s, TrustSurvey.class);
        assertEquals(s, read);
        assertEquals(Optional.of("servers"), read.responses().get(0).party());
        assertEquals(Optional.of("network"), read.responses().get(0).answers().get(1).about());
        assertEquals(Optional.empty(), read.responses().get(1).party());
        String json = JsonTesting.write(s).replace(" ", "");
        assertTrue(json.contains("\"party\":\"servers\"") && json.contains("\"about\":\"network\""), json);
    }

    @Test
    void aSurveyWrittenBeforeReadsAsBeforeAndIsWrittenTheSame() throws Exception {
        // the golden survey (format v1) names no party: it reads without parties and is written back without the field
        String golden = JsonTesting.resource(GoldenFiles.V1 + "trust-survey.json");
        assertFalse(golden.contains("\"party\"") || golden.contains("\"about\"") || golden.contains("\"parties\""));
        TrustSurvey s = JsonTesting.read(golden, PartneringDocument.class).value(TrustSurvey.class);
        assertTrue(s.parties().isEmpty());
        assertTrue(s.responses().stream().allMatch(r -> r.party().isEmpty()
                && r.answers().stream().allMatch(a -> a.about().isEmpty())));
        String written = JsonTesting.write(s);
        assertFalse(written.contains("\"parties\"") || written.contains("\"party\"") || written.contains("\"about\""));
    }

    @Test
    void anUnknownPartyIsRefusedWhenRead() {
        String json = JsonTesting.write(oneRoom()).replace(" ", "").replace("\"party\":\"servers\"", "\"party\":\"desk\"");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> JsonTesting.read(json, TrustSurvey.class));
        Throwable cause = e;
        while (cause != null && !(cause instanceof ValidationException)) {
            cause = cause.getCause();
        }
        String message = cause == null ? e.getMessage() : cause.getMessage();
        assertTrue(message.contains("works for party 'desk', which is not one of the survey's parties"), message);
    }

    @Test
    void aReportPerPartyIsWrittenWithEveryFigure() {
        dev.partnering.trust.PartyTrustReport r = dev.partnering.trust.TrustCalculator.standard().assessParties(oneRoom());
        // one respondent per party: every figure is below the minimum of 3 and carries no number
        String json = JsonTesting.write(r).replace(" ", "");
        assertTrue(json.contains("\"suppression\":\"BELOW_MINIMUM\"") && !json.contains("\"score\""), json);
        for (dev.partnering.trust.PartyFigure f : r.figures()) {
            // written only, every field in the format's order
            JsonTesting.assertWritten(f, "group", f.group(), "score", f.score(), "suppression", f.suppression());
            dev.partnering.trust.PartyTrustGroup g = f.group();
            JsonTesting.assertWritten(g, "dimension", g.dimension(), "party", g.party(), "level", g.level(), "about",
                    g.about(), "label", g.label());
        }
        JsonTesting.assertWritten(r, "assessmentDate", r.assessmentDate(), "minimumGroupSize", r.minimumGroupSize(),
                "figures", r.figures(), "explanation", r.explanation());
        // servers, servers at level B, servers about network, everyone about network (r-2 names no party)
        assertEquals(4, r.figures().size());
    }
}
