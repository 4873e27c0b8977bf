package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnering.Fixtures;
import dev.partnering.Violation;
import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.action.Minutes;
import dev.partnering.action.RegisteredAction;
import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationOutcome;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.health.HealthCalculator;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReport;
import dev.partnering.health.Pillar;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.outcome.OutcomeKind;
import dev.partnering.outcome.OutcomeProgress;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;

/**
 * Relationship management in JSON: desired outcomes in the agreement, escalations with substance,
 * the management pillar of health, the minutes, risk register and backlog documents, the reports
 * written only, and every reading error with its JSON path.
 */
class RelationshipJsonTest {

    /** An escalation with every field of issue 19: raised by a party's role, resolved by a decision. */
    static final String ESCALATION_WITH_OUTCOME = "{\"id\":\"esc-1\",\"title\":\"Availability below minimum\","
            + "\"raisedBy\":\"region-nord\",\"raisedByRole\":\"region-nord-B\",\"raisedAt\":\"TACTICAL\","
            + "\"raisedOn\":\"2026-02-20\",\"steps\":[{\"level\":\"STRATEGIC\",\"date\":\"2026-03-01\"}],"
            + "\"resolvedOn\":\"2026-03-05\",\"outcome\":{\"kind\":\"DECISION\",\"reference\":\"d-plan\"}}";

    /** @return the fixture agreement with a vision measured by availability and a goal by the ticket SLA */
    static Agreement agreementWithOutcomes() {
        return JsonFixtures.agreement().withOutcomes(List.of(
                DesiredOutcome.builder().id("reliable-service").statement("A service the region can rely on")
                        .kind(OutcomeKind.VISION).measuredBy(Fixtures.AVAILABILITY, new BigDecimal("2"))
                        .measuredBy(Fixtures.INCIDENT_RESPONSE, BigDecimal.ONE).build(),
                DesiredOutcome.builder().id("fast-tickets").statement("Tickets answered within the day")
                        .measuredBy(Fixtures.TICKET_SLA, new BigDecimal("1.5")).build(),
                DesiredOutcome.builder().id("green-it").statement("Less energy per workplace").build()));
    }

    /** @return {@link #agreementWithOutcomes()} as JSON, for tests that need it read anew */
    static String agreementWithOutcomesJson() {
        return JsonTesting.write(agreementWithOutcomes());
    }

    /** @return the value read, with an I/O failure unchecked (for {@link ValueEqualityTest}) */
    static <T> T read(String json, Class<T> type) {
        try {
            return JsonTesting.read(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartneringJsonException readFails(String json, Class<?> type) {
        return assertThrows(PartneringJsonException.class, () -> JsonTesting.read(json, type));
    }

    private static List<String> paths(PartneringJsonException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    // ---------------------------------------------------------------- the agreement's outcomes

    @Test
    void desiredOutcomesSurviveARoundTripInTheAgreement() {
        Agreement a = agreementWithOutcomes();
        Agreement back = JsonTesting.roundTrip(PartneringDocument.of(a), PartneringDocument.class).value(Agreement.class);
        assertEquals(a, back);
        assertEquals(a.outcomes(), back.outcomes());
        JsonNode outcome = JsonTesting.tree(a).get("outcomes").get(0);
        assertEquals("{\"id\":\"reliable-service\",\"statement\":\"A service the region can rely on\",\"kind\":\"VISION\","
                + "\"contributions\":[{\"kpiId\":\"availability\",\"weight\":\"2\"},{\"kpiId\":\"incident-response\","
                + "\"weight\":\"1\"}]}", outcome.toString());
        // the coverage read back finds the outcome without KPIs and the KPI serving none
        assertEquals(List.of("green-it"), back.outcomeCoverage().outcomesWithoutKpis());
        assertEquals(List.of("change-lead-time"), back.outcomeCoverage().kpisWithoutOutcome());
    }

    @Test
    void anAgreementWithoutOutcomesIsWrittenWithoutTheFieldAndOlderDocumentsReadWithNone() throws Exception {
        assertFalse(JsonTesting.tree(JsonFixtures.agreement()).has("outcomes"));
        Agreement old = JsonTesting.read(JsonTesting.resource(GoldenFiles.V1 + "agreement.json"), PartneringDocument.class)
                .value(Agreement.class);
        assertEquals(List.of(), old.outcomes());
    }

    @Test
    void anOutcomeMeasuredByAnUnknownKpiOrTwiceByOneIsReportedWithItsPath() {
        ObjectNode a = (ObjectNode) JsonTesting.tree(agreementWithOutcomes());
        ObjectNode first = (ObjectNode) a.get("outcomes").get(0);
        ((ObjectNode) first.get("contributions").get(1)).put("kpiId", "nps");
        ObjectNode second = (ObjectNode) a.get("outcomes").get(1);
        ((ObjectNode) second.get("contributions").get(0)).put("weight", "0");
        second.put("kind", "DREAM");
        PartneringJsonException e = readFails(a.toString(), Agreement.class);
        assertEquals(List.of("$.outcomes[1].kind", "$.outcomes[1].contributions[0].weight"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList());
        assertEquals(List.of("$.outcomes[1].contributions[0].weight"), paths(e));
        assertTrue(e.getMessage().contains("\"DREAM\" is not one of VISION, GOAL"), e.getMessage());

        // with the second outcome mended, the agreement's own rule names the unknown KPI by its path
        ((ObjectNode) second.get("contributions").get(0)).put("weight", "1");
        second.put("kind", "GOAL");
        PartneringJsonException unknown = readFails(a.toString(), Agreement.class);
        assertEquals(List.of(Violation.of("$.outcomes[0].contributions[1].kpiId", "nps", "outcome 'reliable-service' is "
                + "measured by KPI 'nps', which is not a KPI of the agreement")), unknown.violations());
    }

    // ---------------------------------------------------------------- escalations with substance

    @Test
    void anEscalationWithRaiserAndOutcomeSurvivesARoundTripInFieldOrder() {
        Escalation e = read(ESCALATION_WITH_OUTCOME, Escalation.class);
        assertEquals(java.util.Optional.of("region-nord"), e.raisedBy());
        assertEquals(java.util.Optional.of("region-nord-B"), e.raisedByRole());
        assertEquals(java.util.Optional.of(EscalationOutcome.decision("d-plan")), e.outcome());
        assertEquals(java.util.Optional.of(GovernanceLevel.STRATEGIC), e.resolvedAt());
        // written back exactly as read: resolvedAt is derived from the steps and never written
        assertEquals(ESCALATION_WITH_OUTCOME, JsonTesting.write(e));
        assertEquals(e, JsonTesting.roundTrip(PartneringDocument.ofEscalations(List.of(e)), PartneringDocument.class)
                .escalations().get(0));
    }

    @Test
    void anEscalationOutcomeOfAnUnknownKindOrWithABadReferenceIsReportedWithItsPath() {
        String badKind = ESCALATION_WITH_OUTCOME.replace("\"DECISION\"", "\"VOTE\"");
        PartneringJsonException e = readFails(badKind, Escalation.class);
        assertEquals("$.outcome.kind", e.problems().get(0).jsonPath());
        assertTrue(e.getMessage().contains("\"VOTE\" is not one of DECISION, ACTION, CONTRACT_CHANGE"), e.getMessage());

        PartneringJsonException ref = readFails(ESCALATION_WITH_OUTCOME.replace("\"d-plan\"", "\"d plan\""),
                Escalation.class);
        assertEquals(List.of("$.outcome.reference"), paths(ref));
    }

    // ---------------------------------------------------------------- health

    @Test
    void healthInputsAreReadThroughTheirBuilderWithEveryProblemAtItsPath() {
        // a concern without its text (its reader nests in the inputs' read), a score that is not a decimal, a
        // balance that is none; all three reported in one read
        String json = "{\"period\": \"2026-Q1\", \"performance\": \"high\", \"trustBalance\": \"TILTED\","
                + " \"concerns\": [{\"pillar\": \"TRUST\", \"text\": \"gap\"}, {\"pillar\": \"TRUST\"}]}";

        PartneringJsonException e = readFails(json, HealthInputs.class);

        assertEquals(List.of("$.performance", "$.trustBalance", "$.concerns[1].text"),
                e.problems().stream().map(PartneringJsonException.Problem::jsonPath).toList(), e.getMessage());
        assertTrue(e.getMessage().contains("\"TILTED\" is not one of"), e.getMessage());
    }

    @Test
    void theManagementWeightIsWrittenOnlyWhenSetAndTheManagementPillarIsWritten() {
        HealthPolicy standard = HealthPolicy.builder().build();
        assertFalse(JsonTesting.tree(standard).has("managementWeight"));
        HealthPolicy weighted = HealthPolicy.builder().managementWeight(new BigDecimal("1.5")).build();
        assertEquals("1.5", JsonTesting.tree(weighted).get("managementWeight").textValue());
        assertEquals(weighted, JsonTesting.roundTrip(weighted, HealthPolicy.class));

        HealthInputs inputs = HealthInputs.builder().period(ReportingPeriod.quarter(2026, 1))
                .scorecardScore(new BigDecimal("0.93")).managementScore(new BigDecimal("40")).build();
        assertEquals("40", JsonTesting.tree(inputs).get("managementScore").textValue());
        HealthReport report = HealthCalculator.of(weighted).assess(inputs);
        assertTrue(report.status(Pillar.MANAGEMENT).isPresent(), report.toString());
        JsonNode written = JsonTesting.tree(PartneringDocument.of(report));
        assertTrue(written.get("healthReport").get("pillars").has("MANAGEMENT"), written.toString());
        // a result, written only: the management pillar's colour, the score and the explanation as computed
        assertEquals(report.status(Pillar.MANAGEMENT).orElseThrow().name(),
                written.get("healthReport").get("pillars").get("MANAGEMENT").textValue());
        assertEquals(dev.partnering.jackson.common.internal.FormatScalars.format(report.score().orElseThrow()), written.get("healthReport").get("score").textValue());
        assertEquals(JsonTesting.tree(report.explanation()), written.get("healthReport").get("explanation"));
    }

    @Test
    void aNegativeManagementWeightIsReportedWithItsPath() {
        PartneringJsonException e = readFails("{\"managementWeight\":\"-1\"}", HealthPolicy.class);
        assertEquals(List.of("$.managementWeight"), paths(e));
    }

    // ---------------------------------------------------------------- minutes, risks, backlog

    @Test
    void theMinutesRiskRegisterAndBacklogSurviveARoundTrip() {
        List<Minutes> minutes = JsonFixtures.minutes();
        assertEquals(minutes, JsonTesting.roundTrip(PartneringDocument.ofMinutes(minutes), PartneringDocument.class)
                .minutes());
        RiskRegister risks = JsonFixtures.riskRegister();
        assertEquals(risks, JsonTesting.roundTrip(PartneringDocument.of(risks), PartneringDocument.class)
                .value(RiskRegister.class));
        ImprovementBacklog backlog = JsonFixtures.backlog();
        assertEquals(backlog, JsonTesting.roundTrip(PartneringDocument.of(backlog), PartneringDocument.class)
                .value(ImprovementBacklog.class));
    }

    @Test
    void aRiskRegisterWithoutScalesReadsWithTheStandardFiveByFiveScales() {
        RiskRegister r = read("{\"risks\":[{\"id\":\"r\",\"title\":\"Flood\",\"owner\":\"acme\",\"likelihood\":5,"
                + "\"impact\":5,\"identifiedOn\":\"2026-01-01\",\"reviewBy\":\"2026-02-01\"}]}", RiskRegister.class);
        // 5 x 5 = 25 at most; high from (25 + 1) / 2 = 13
        assertEquals(25, r.maxScore());
        assertEquals(13, r.highFrom());
        assertEquals(dev.partnering.risk.RiskStatus.OPEN, r.risks().get(0).status());
    }

    @Test
    void theRulesOfMinutesActionsRisksAndInitiativesAreReportedWithTheirPaths() {
        ObjectNode doc = (ObjectNode) JsonTesting.tree(PartneringDocument.ofMinutes(JsonFixtures.minutes()));
        ObjectNode board = (ObjectNode) doc.get("minutes").get(0);
        ((ObjectNode) board.get("actions").get(0)).put("due", "2026-02-01"); // before the meeting of 2026-02-10
        ((ObjectNode) board.get("actions").get(1)).put("status", "DONE"); // done without a closing day
        ((ObjectNode) board.get("decisions").get(0)).put("date", "2026-02-11"); // not the day of the meeting
        // the action's own rule first: the minutes holding it are not built, so their rules wait
        PartneringJsonException action = readFails(doc.toString(), PartneringDocument.class);
        assertEquals(List.of("$.minutes[0].actions[1].closedOn"), paths(action));
        ((ObjectNode) board.get("actions").get(1)).put("status", "OPEN");
        PartneringJsonException minutes = readFails(doc.toString(), PartneringDocument.class);
        assertEquals(List.of("$.minutes[0].decisions[0].date", "$.minutes[0].actions[0].due"), paths(minutes));

        ObjectNode risks = (ObjectNode) JsonTesting.tree(PartneringDocument.of(JsonFixtures.riskRegister()));
        ((ObjectNode) risks.get("riskRegister").get("risks").get(1)).put("likelihood", 5); // the scale has 4 levels
        ((ObjectNode) risks.get("riskRegister").get("risks").get(2)).put("reviewBy", "2025-12-31");
        PartneringJsonException risk = readFails(risks.toString(), PartneringDocument.class);
        assertEquals(List.of("$.riskRegister.risks[2].reviewBy"), paths(risk));
        ((ObjectNode) risks.get("riskRegister").get("risks").get(2)).put("reviewBy", "2026-09-01");
        PartneringJsonException scale = readFails(risks.toString(), PartneringDocument.class);
        assertEquals(List.of(Violation.of("$.riskRegister.risks[1].likelihood", 5,
                "risk 'ransomware': likelihood 5 is not on the scale 1 to 4")), scale.violations());

        ObjectNode backlog = (ObjectNode) JsonTesting.tree(PartneringDocument.of(JsonFixtures.backlog()));
        ObjectNode portal = (ObjectNode) backlog.get("improvementBacklog").get("initiatives").get(0);
        portal.put("decidedBy", "OPERATIONAL");
        ((ObjectNode) portal.get("realisedBenefit")).put("amount", "120000.005");
        PartneringJsonException initiative = readFails(backlog.toString(), PartneringDocument.class);
        assertEquals(List.of("$.improvementBacklog.initiatives[0].decidedBy",
                "$.improvementBacklog.initiatives[0].realisedBenefit"), paths(initiative));
    }

    // ---------------------------------------------------------------- reports

    @Test
    void theReportsAreWrittenWithTheirFiguresAndRefusedWhenRead() {
        ActionReport actions = JsonFixtures.actionReport();
        JsonNode a = JsonTesting.tree(actions);
        // a1 done on time, a2 overdue (due 03-01), a3 open, a4 done late (due 03-31, done 04-02), a5 cancelled
        assertEquals("{\"open\":2,\"overdue\":1,\"done\":2,\"doneLate\":1,\"cancelled\":1}", a.get("total").toString());
        assertEquals("[\"a2\"]", a.get("overdue").toString());
        assertEquals("[\"a4\"]", a.get("doneLate").toString());
        assertEquals(2, a.get("byLevel").size());

        RiskReview review = JsonFixtures.riskReview();
        JsonNode r = JsonTesting.tree(review);
        // key-staff 4 x 4 = 16 >= 12 high, mitigated by a3; ransomware 3 x 5 = 15 high, unmitigated, review overdue
        JsonNode ransomware = r.get("assessments").get(1);
        assertEquals(15, ransomware.get("score").intValue());
        assertTrue(ransomware.get("unmitigatedHigh").booleanValue());
        assertTrue(ransomware.get("unreviewed").booleanValue());
        assertEquals("a3", r.get("assessments").get(0).get("mitigations").get(0).get("action").get("id").textValue());

        BacklogReport backlog = JsonFixtures.backlogReport();
        JsonNode b = JsonTesting.tree(backlog);
        assertEquals("{\"amount\":\"120000.00\",\"currency\":\"SEK\"}", b.get("realised").toString());
        // desk proposed 01-05 and undecided after 60 days on 04-30: stalled; cloud proposed 03-01: not yet
        assertEquals("[\"desk\"]", b.get("stalled").toString());

        for (PartneringDocument d : List.of(PartneringDocument.of(actions), PartneringDocument.of(review),
                PartneringDocument.of(backlog))) {
            PartneringJsonException e = readFails(JsonTesting.write(d), PartneringDocument.class);
            assertTrue(e.getMessage().contains("is written only, never read back"), e.getMessage());
        }
        for (Class<?> type : List.of(ActionReport.class, RiskReview.class, BacklogReport.class, ActionRegister.class,
                OutcomeCoverage.class, OutcomeProgress.class)) {
            PartneringJsonException e = readFails("{}", type);
            assertTrue(e.getMessage().contains("is a result, written only, never read back"), type + ": " + e.getMessage());
        }
    }

    @Test
    void theCoverageAndProgressOfOutcomesAreWritten() {
        Agreement a = agreementWithOutcomes();
        JsonNode coverage = JsonTesting.tree(a.outcomeCoverage());
        assertEquals("[\"green-it\"]", coverage.get("outcomesWithoutKpis").toString());
        assertEquals("[\"change-lead-time\"]", coverage.get("kpisWithoutOutcome").toString());
        assertFalse(coverage.get("complete").booleanValue());
        OutcomeProgress progress = dev.partnering.outcome.OutcomeTracker.standard().progress(a.outcomes().get(2),
                JsonFixtures.scorecard());
        JsonNode p = JsonTesting.tree(progress);
        // green-it has no KPI: no progress, written without the field
        assertEquals("green-it", p.get("outcomeId").textValue());
        assertFalse(p.has("progress"), p.toString());
        assertTrue(p.has("explanation"));
    }

    @Test
    void thePartsOfTheReportsAreWrittenWithEveryField() {
        // results, written only
        for (RegisteredAction x : JsonFixtures.actionReport().actions()) {
            JsonTesting.assertWritten(x, "action", x.action(), "forum", x.forum(), "level", x.level(), "agreedOn",
                    x.agreedOn());
        }
        ActionCounts counts = new ActionCounts(3, 1, 2, 1, 0);
        JsonTesting.assertWritten(counts, "open", 3, "overdue", 1, "done", 2, "doneLate", 1, "cancelled", 0);
        for (RiskAssessment x : JsonFixtures.riskReview().assessments()) {
            JsonTesting.assertWritten(x, "risk", x.risk(), "high", x.high(), "unreviewed", x.unreviewed(), "mitigations",
                    x.mitigations(), "score", x.score(), "unmitigatedHigh", x.isUnmitigatedHigh());
        }
        RiskReview review = JsonFixtures.riskReview();
        JsonTesting.assertWritten(review, "asOf", review.asOf(), "register", review.register(), "assessments",
                review.assessments(), "explanation", review.explanation());
        for (PipelineCell x : JsonFixtures.backlogReport().pipeline()) {
            JsonTesting.assertWritten(x, "status", x.status(), "level", x.level(), "count", x.count(), "expectedBenefit",
                    x.expectedBenefit());
        }
        Agreement a = agreementWithOutcomes();
        OutcomeCoverage coverage = a.outcomeCoverage();
        JsonTesting.assertWritten(coverage, "outcomesWithoutKpis", coverage.outcomesWithoutKpis(), "kpisWithoutOutcome",
                coverage.kpisWithoutOutcome(), "complete", coverage.isComplete(), "explanation", coverage.explanation());
        for (OutcomeProgress p : dev.partnering.outcome.OutcomeTracker.standard().progress(a.outcomes(),
                List.of(JsonFixtures.scorecard()))) {
            JsonTesting.assertWritten(p, "outcomeId", p.outcomeId(), "period", p.period(), "progress", p.progress(),
                    "unmeasured", p.unmeasured(), "explanation", p.explanation());
        }
    }
}
