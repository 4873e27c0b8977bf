package dev.partnering.evaluation;

import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardWarning;

/** Incomplete data is never silent: the warnings on scorecards and statements, and the strict policy. */
class CompletenessTest {

    /** Pool 10 % of 250,000.00 SEK = 25,000.00; each of the three KPIs 40 % = 10,000.00 when missed. */
    private static final IncentiveScheme SCHEME = IncentiveScheme.builder().addComponents(AtRiskPool.builder().id("pool")
            .atRiskPercent(new BigDecimal("10")).putAllocations(Fixtures.AVAILABILITY, new BigDecimal("40"))
            .putAllocations(Fixtures.INCIDENT_RESPONSE, new BigDecimal("40")).putAllocations(Fixtures.TICKET_SLA, new BigDecimal("40"))
            .build()).build();
    private static final Agreement AGREEMENT = IncentiveFixtures.agreement(SCHEME);

    private static List<Measurement> firstQuarter() {
        List<Measurement> ms = new ArrayList<>();
        for (String m : List.of("2026-01", "2026-02", "2026-03")) {
            ms.addAll(IncentiveFixtures.atTarget(m));
        }
        return ms;
    }

    private static List<IncentivePeriod> year(List<Measurement> ms) {
        List<IncentivePeriod> inputs = new ArrayList<>();
        for (ReportingPeriod p : ReportingPeriod.year(2026).split(dev.partnering.period.Granularity.MONTH)) {
            inputs.add(IncentivePeriod.builder().period(p).scorecard(ScorecardCalculator.standard().calculate(AGREEMENT, p, ms))
                    .build());
        }
        return inputs;
    }

    private static List<ScorecardWarning.Kind> kinds(Scorecard s) {
        return s.warnings().stream().map(ScorecardWarning::kind).toList();
    }

    @Test
    void dataForTheFirstQuarterOnlyWarnsForEveryLaterMonth() {
        // the case: a year evaluated with data for Q1 only. April to December: every KPI without data
        // (counted as ZERO: each misses, 3 × 10,000.00 = 30,000.00 > pool 25,000.00 → 25,000.00 a month), said on the face
        List<IncentivePeriod> inputs = year(firstQuarter());
        assertEquals(List.of(), kinds(inputs.get(2).scorecard().orElseThrow()));
        Scorecard april = inputs.get(3).scorecard().orElseThrow();
        assertEquals(List.of(ScorecardWarning.Kind.NO_DATA, ScorecardWarning.Kind.NO_DATA, ScorecardWarning.Kind.NO_DATA,
                ScorecardWarning.Kind.NO_INPUT), kinds(april));
        assertEquals("kpi 'availability' has no data in 2026-04: counted with attainment 0 (missing-data policy ZERO)",
                april.warnings().get(0).message());
        assertEquals("no kpi has any data in 2026-04: the period's input is empty", april.warnings().get(3).message());
        IncentiveStatement s = IncentiveCalculator.standard().calculate(AGREEMENT, SCHEME, inputs);
        assertEquals(sek("-25000.00"), s.periods().get(3).net());
        assertEquals(List.of(), s.periods().get(2).warnings());
        assertEquals(4, s.periods().get(11).warnings().size());
        assertTrue(s.periods().get(11).explanation().toText().contains("warning: no kpi has any data in 2026-12"));
    }

    @Test
    void theStrictPolicyRefusesMoneyForIncompletePeriodsNamingWhatIsMissing() {
        IncompleteDataException e = assertThrows(IncompleteDataException.class,
                () -> IncentiveCalculator.standard().strict().calculate(AGREEMENT, SCHEME, year(firstQuarter())));
        // 9 months × (3 KPIs + the empty period)
        assertEquals(36, e.missing().size());
        assertEquals("periods[2026-04].kpis.availability", e.missing().get(0).path());
        assertEquals("NO_DATA", e.missing().get(0).value());
        assertEquals("periods[2026-04]", e.missing().get(3).path());
        assertEquals(Fixtures.AGREEMENT_ID, e.agreementId());
        assertTrue(e.getMessage().contains("kpi 'ticket-sla' has no data in 2026-12"), e.getMessage());
        // complete periods are computed as by the standard calculator
        List<IncentivePeriod> q1 = year(firstQuarter()).subList(0, 3);
        assertEquals(IncentiveCalculator.standard().calculate(AGREEMENT, SCHEME, q1).totalNet(),
                IncentiveCalculator.standard().strict().calculate(AGREEMENT, SCHEME, q1).totalNet());
        assertTrue(IncentiveCalculator.standard().strict().isStrict());
    }

    @Test
    void anEmptyInputWarnsAndTheStrictPolicyRefusesIt() {
        // a header-only CSV: no measurement at all; January's three KPIs missed: pool 25,000.00 SEK charged in silence before
        List<IncentivePeriod> january = year(List.of()).subList(0, 1);
        assertEquals(List.of(ScorecardWarning.Kind.NO_DATA, ScorecardWarning.Kind.NO_DATA, ScorecardWarning.Kind.NO_DATA,
                ScorecardWarning.Kind.NO_INPUT), kinds(january.get(0).scorecard().orElseThrow()));
        assertEquals(sek("-25000.00"), IncentiveCalculator.standard().calculate(AGREEMENT, SCHEME, january).totalNet());
        assertEquals(4, assertThrows(IncompleteDataException.class,
                () -> IncentiveCalculator.standard().strict().calculate(AGREEMENT, SCHEME, january)).missing().size());
    }

    @Test
    void aPeriodOutsideTheTermIsSaid() {
        // the term runs 2026-01-01 to 2028-12-31
        Scorecard december = ScorecardCalculator.standard().calculate(AGREEMENT, ReportingPeriod.parse("2025-12"),
                IncentiveFixtures.atTarget("2025-12"));
        assertTrue(december.warnings().contains(new ScorecardWarning("", ScorecardWarning.Kind.OUTSIDE_TERM,
                "2025-12 is outside the term (2026-01-01 to 2028-12-31)")), december.warnings().toString());
        Scorecard year = ScorecardCalculator.standard().calculate(AGREEMENT, ReportingPeriod.year(2028),
                IncentiveFixtures.atTarget("2028-06"));
        assertEquals(List.of(), year.warnings().stream().filter(w -> w.kind() == ScorecardWarning.Kind.OUTSIDE_TERM).toList());
        Scorecard across = ScorecardCalculator.standard().calculate(AGREEMENT, ReportingPeriod.quarter(2025, 4),
                IncentiveFixtures.atTarget("2025-12"));
        assertTrue(across.warnings().get(0).message().equals("2025-Q4 is outside the term (2026-01-01 to 2028-12-31)"));
        assertTrue(ScorecardWarning.Kind.OUTSIDE_TERM.isIncomplete());
        assertTrue(!ScorecardWarning.Kind.NOT_IN_FORCE.isIncomplete());
    }

    @Test
    void aKpiWithoutDataUnderExcludeIsSaidToBeLeftOut() {
        Agreement a = Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .missingDataPolicy(dev.partnering.kpi.MissingDataPolicy.EXCLUDE).build();
        List<Measurement> ms = new ArrayList<>(IncentiveFixtures.atTarget("2026-01"));
        ms.removeIf(m -> m.kpiId().equals(Fixtures.TICKET_SLA));
        Scorecard s = ScorecardCalculator.standard().calculate(a, ReportingPeriod.parse("2026-01"), ms);
        assertEquals(List.of(new ScorecardWarning(Fixtures.TICKET_SLA, ScorecardWarning.Kind.NO_DATA,
                "kpi 'ticket-sla' has no data in 2026-01: left out (missing-data policy EXCLUDE)")), s.warnings());
    }
}
