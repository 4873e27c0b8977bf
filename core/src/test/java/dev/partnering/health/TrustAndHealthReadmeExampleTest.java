package dev.partnering.health;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.TrustDimension.HONESTY;
import static dev.partnering.trust.TrustDimension.TRANSPARENCY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.governance.GovernanceFixtures;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.Answer;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurvey;

/** The code of the guide docs/trust-and-health.md; its printed output is the guide's output. */
class TrustAndHealthReadmeExampleTest {

    // tag::trust-and-health[]
    static SurveyResponse response(String id, PartyKind side, GovernanceLevel level, int honesty, int transparency) {
        return SurveyResponse.builder().respondent(id).side(side).level(level)
                .addAnswers(Answer.of(HONESTY, honesty), Answer.of(TRANSPARENCY, transparency)).build();
    }

    static void example(Agreement agreement, PrintStream out) {
        TrustSurvey survey = TrustSurvey.builder()
                .assessmentDate(LocalDate.of(2026, 3, 16)) // scale 1-7 by default
                .addDimensions(HONESTY, TRANSPARENCY)
                .addResponses(response("r-01", CUSTOMER, STRATEGIC, 6, 6))
                .addResponses(response("r-02", CUSTOMER, TACTICAL, 6, 6), response("r-03", CUSTOMER, TACTICAL, 5, 6),
                        response("r-04", CUSTOMER, TACTICAL, 6, 7))
                .addResponses(response("r-05", CUSTOMER, OPERATIONAL, 5, 6), response("r-06", CUSTOMER, OPERATIONAL, 6, 7),
                        response("r-07", CUSTOMER, OPERATIONAL, 5, 5))
                .addResponses(response("r-08", SUPPLIER, TACTICAL, 5, 4), response("r-09", SUPPLIER, TACTICAL, 6, 4),
                        response("r-10", SUPPLIER, TACTICAL, 5, 5))
                .addResponses(response("r-11", SUPPLIER, OPERATIONAL, 5, 4), response("r-12", SUPPLIER, OPERATIONAL, 6, 5),
                        response("r-13", SUPPLIER, OPERATIONAL, 5, 3))
                .build();
        TrustReport trust = TrustCalculator.standard().assess(survey); // minimum group 3, balance threshold 15

        ReportingPeriod q1 = ReportingPeriod.quarter(2026, 1);
        List<ForumMeeting> meetings = List.of(
                ForumMeeting.held("steering", LocalDate.of(2026, 2, 10), 2, 2),
                ForumMeeting.held("delivery", LocalDate.of(2026, 1, 14), 3, 2),
                ForumMeeting.cancelled("delivery", LocalDate.of(2026, 2, 11)),
                ForumMeeting.held("ops-sync", LocalDate.of(2026, 1, 7), 4, 3),
                ForumMeeting.held("ops-sync", LocalDate.of(2026, 2, 4), 4, 2),
                ForumMeeting.held("ops-sync", LocalDate.of(2026, 3, 4), 5, 4));
        List<Escalation> escalations = List.of(
                Escalation.builder().id("E-1").raisedAt(OPERATIONAL).raisedOn(LocalDate.of(2026, 1, 5))
                        .resolvedOn(LocalDate.of(2026, 1, 6)).build(),
                Escalation.builder().id("E-2").raisedAt(OPERATIONAL).raisedOn(LocalDate.of(2026, 3, 20)).build(),
                Escalation.builder().id("E-3").raisedAt(OPERATIONAL).raisedOn(LocalDate.of(2026, 3, 26))
                        .escalatedTo(TACTICAL, LocalDate.of(2026, 3, 27)).build());
        GovernanceReport governance = GovernanceCalculator.standard().assess(agreement, q1, meetings, escalations);

        HealthReport health = HealthCalculator.standard().assess(HealthInputs.builder()
                .period(q1)
                .scorecardScore(new BigDecimal("0.93")) // from the scorecard of the quarter
                .trust(trust)
                .governance(governance)
                .build());

        out.println("trust index " + trust.trustIndex().orElseThrow().setScale(2, RoundingMode.HALF_EVEN)
                + ", " + trust.balance());
        trust.suppressed().forEach(s -> out.println("  " + s.explanation()));
        out.println(health.status().orElseThrow() + " " + health.score().orElseThrow().setScale(2, RoundingMode.HALF_EVEN));
        health.reasons().forEach(r -> out.println("  - " + r));
        out.println();
        out.print(health.explanation().toText());
    }
    // end::trust-and-health[]

    @Test
    void printsTheReadmeOutput() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(GovernanceFixtures.agreement(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        assertTrue(out.contains("trust perception gap on transparency"), out);
        assertTrue(out.contains("level B forum not held since 2026-01"), out);
        assertTrue(out.contains("1 escalation overdue at level C"), out);
        // r-01, alone at customer level A, answers 6 on transparency (it answered 7 before the bounds rule: with
        // the customer side at 37 of 42 steps, the side would have told that r-01 answered at least 2, and was hidden).
        // Honesty, steps: customer 5+5+4+5+4+5+4 = 32, supplier 4+5+4+4+5+4 = 26, both 58 x 100 / 78 = 74.358974;
        // transparency: customer 5+5+5+6+5+6+4 = 36, supplier 3+3+4+3+4+2 = 19, both 55 x 100 / 78 = 70.512821;
        // index (74.358974 + 70.512821) / 2 = 72.4358975 -> 72.435898; gap 3600 / 42 - 1900 / 36 = 85.714286 -
        // 52.777778 = 32.936508 > 15
        assertTrue(out.startsWith("trust index 72.44, OUT_OF_BALANCE"), out);
        assertTrue(out.contains("transparency, customer side, level C: suppressed, hidden so that the figures shown and"
                + " the ends of the scale cannot narrow down"), out);
        assertTrue(out.contains("AMBER 79.75"), out);
    }
}
