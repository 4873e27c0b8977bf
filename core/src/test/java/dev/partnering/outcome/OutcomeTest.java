package dev.partnering.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;

class OutcomeTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertDecimal(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "no value");
        assertEquals(0, d(expected).compareTo(actual.get()), () -> "expected " + expected + " but was " + actual.get());
    }

    static DesiredOutcome reliableIt() {
        return DesiredOutcome.builder().id("reliable-it").statement("Clinical staff can always rely on their IT")
                .measuredBy(Fixtures.AVAILABILITY, d("3")).measuredBy(Fixtures.INCIDENT_RESPONSE, d("1")).build();
    }

    static DesiredOutcome selfService() {
        return DesiredOutcome.builder().id("self-service").statement("Half of all tickets self-served by 2028").build();
    }

    private static Agreement agreement(MissingDataPolicy policy) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .missingDataPolicy(policy)
                .addOutcomes(reliableIt()).addOutcomes(selfService()).build();
    }

    @Test
    void coverageListsOutcomesWithoutKpisAndKpisWithoutOutcome() {
        OutcomeCoverage c = agreement(MissingDataPolicy.ZERO).outcomeCoverage();
        // reliable-it is measured by availability and incident-response; self-service by nothing;
        // ticket-sla serves no outcome
        assertEquals(List.of("self-service"), c.outcomesWithoutKpis());
        assertEquals(List.of(Fixtures.TICKET_SLA), c.kpisWithoutOutcome());
        assertFalse(c.isComplete());
        assertTrue(c.explanation().toText().contains("KPI 'ticket-sla' serves no outcome"), c.explanation().toText());
        assertTrue(c.explanation().toText().contains("outcome 'self-service' is measured by no KPI"));
    }

    @Test
    void theGoalsInWordsStayBesideTheOutcomes() {
        Agreement a = agreement(MissingDataPolicy.ZERO);
        assertEquals(3, a.goals().size());
        assertEquals(List.of("reliable-it", "self-service"), a.outcomes().stream().map(DesiredOutcome::id).toList());
    }

    @Test
    void progressIsTheWeightedMeanOfTheAttainments() {
        Agreement a = agreement(MissingDataPolicy.ZERO);
        Scorecard sc = ScorecardCalculator.standard().calculate(a, ReportingPeriod.parse("2026-03"),
                List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.7"),
                        Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-03", "6")));
        OutcomeProgress p = OutcomeTracker.standard().progress(reliableIt(), sc);
        // availability 99.7 between target 99.5 and stretch 99.9: 1 + (0.2 / 0.4) x 0.2 = 1.1
        // incident response 6 h, minimum 8, target 4: (8 - 6) / (8 - 4) = 0.5
        // progress = (3 x 1.1 + 1 x 0.5) / (3 + 1) = 3.8 / 4 = 0.95
        assertDecimal("0.95", p.progress());
        assertEquals(List.of(), p.unmeasured());
        assertTrue(p.explanation().toText().contains("progress = (3 x 1.1 + 1 x 0.5) / (3 + 1) = 0.95"),
                p.explanation().toText());
    }

    @Test
    void aKpiLeftOutOfTheScorecardIsLeftOutOfTheProgress() {
        Agreement a = agreement(MissingDataPolicy.EXCLUDE);
        Scorecard sc = ScorecardCalculator.standard().calculate(a, ReportingPeriod.parse("2026-03"),
                List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.7")));
        OutcomeProgress p = OutcomeTracker.standard().progress(reliableIt(), sc);
        // incident response has no data and EXCLUDE leaves it out: (3 x 1.1) / 3 = 1.1
        assertDecimal("1.1", p.progress());
        assertEquals(List.of(Fixtures.INCIDENT_RESPONSE), p.unmeasured());
    }

    @Test
    void anOutcomeWithoutCountedKpisHasNoProgress() {
        Agreement a = agreement(MissingDataPolicy.EXCLUDE);
        Scorecard sc = ScorecardCalculator.standard().calculate(a, ReportingPeriod.parse("2026-03"), List.of());
        assertEquals(Optional.empty(), OutcomeTracker.standard().progress(reliableIt(), sc).progress());
        assertEquals(Optional.empty(), OutcomeTracker.standard().progress(selfService(), sc).progress());
    }

    @Test
    void progressIsRoundedOnceToTheTrackersDecimals() {
        Agreement a = agreement(MissingDataPolicy.ZERO);
        Scorecard sc = ScorecardCalculator.standard().calculate(a, ReportingPeriod.parse("2026-03"),
                List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.5"),
                        Fixtures.measurement(Fixtures.INCIDENT_RESPONSE, "2026-03", "7")));
        DesiredOutcome o = DesiredOutcome.builder().id("o").statement("s").measuredBy(Fixtures.AVAILABILITY, d("1"))
                .measuredBy(Fixtures.INCIDENT_RESPONSE, d("2")).build();
        // availability at target: 1; incident response 7 h: (8 - 7) / 4 = 0.25
        // (1 x 1 + 2 x 0.25) / 3 = 1.5 / 3 = 0.5 exactly; at 0 decimals HALF_EVEN gives 0
        assertDecimal("0.5", OutcomeTracker.standard().progress(o, sc).progress());
        assertDecimal("0", OutcomeTracker.standard().withDecimals(0).progress(o, sc).progress());
    }

    @Test
    void progressOverManyScorecardsIsByOutcomeThenPeriod() {
        Agreement a = agreement(MissingDataPolicy.ZERO);
        List<Scorecard> cards = ScorecardCalculator.standard().calculate(a,
                List.of(ReportingPeriod.parse("2026-04"), ReportingPeriod.parse("2026-03")), List.of());
        List<OutcomeProgress> all = OutcomeTracker.standard().progress(a.outcomes(), cards);
        assertEquals(List.of("reliable-it 2026-03", "reliable-it 2026-04", "self-service 2026-03", "self-service 2026-04"),
                all.stream().map(p -> p.outcomeId() + " " + p.period()).toList());
    }

    @Test
    void anOutcomeNamingAnUnknownKpiIsRefusedByTheAgreement() {
        DesiredOutcome o = DesiredOutcome.builder().id("green").statement("Lower emissions")
                .measuredBy("co2", d("1")).build();
        ValidationException e = assertThrows(ValidationException.class, () -> Fixtures.agreementBuilder()
                .addAllParties(Fixtures.parties()).addAllResponsibilityAreas(Fixtures.responsibilityAreas())
                .governance(Fixtures.governance()).addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK)
                .addOutcomes(o).addOutcomes(o).build());
        assertEquals(List.of("outcomes[0].contributions[0].kpiId", "outcomes[1].id", "outcomes[1].contributions[0].kpiId"),
                e.violations().stream().map(v -> v.path()).toList());
        assertTrue(e.getMessage().contains("outcome 'green' is measured by KPI 'co2', which is not a KPI of the agreement"),
                e.getMessage());
    }

    @Test
    void anOutcomeNamesEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> DesiredOutcome.builder().id("bad id")
                .statement(" ").measuredBy("a", d("1")).measuredBy("a", d("2")).build());
        assertEquals(List.of("id", "statement", "contributions[1].kpiId"),
                e.violations().stream().map(v -> v.path()).toList());
        ValidationException w = assertThrows(ValidationException.class, () -> KpiContribution.of("a", d("0")));
        assertTrue(w.getMessage().contains("the contribution weight of KPI 'a' 0 must be greater than 0"), w.getMessage());
    }
}
