package dev.partnering.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.IncentiveFixtures;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;

/** Standings from score bands, remedy triggers on the overall score, the contract-year score, remedy follow-up. */
class StandingsAndScoreRemediesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A scorecard of the fixture agreement with only a score (no lines). */
    private static Scorecard scored(String period, String score) {
        return new Scorecard(Fixtures.AGREEMENT_ID, ReportingPeriod.parse(period), MissingDataPolicy.ZERO, List.of(),
                Optional.ofNullable(score).map(BigDecimal::new), Optional.ofNullable(score == null ? "no kpi counted" : null),
                Optional.empty(), List.of(), Explanation.of("Scorecard " + period, List.of()));
    }

    @Test
    void scoresMapToTheStandardStandings() {
        Standings s = Standings.standard();
        assertEquals("excellent", s.bandOf(d("0.95")).name());
        assertEquals("good", s.bandOf(d("0.9499")).name());
        assertEquals("watch", s.bandOf(d("0.70")).name());
        assertEquals("critical", s.bandOf(d("0.6999")).name());
        assertEquals("critical", s.bandOf(BigDecimal.ZERO).name());
        var standing = s.standingOf(scored("2026-03", "0.8125")).orElseThrow();
        assertEquals("watch", standing.name());
        assertEquals(List.of("monthly review at level B"), standing.band().consequences());
        assertEquals("score 0.8125 ≥ 0.70 (below good at 0.85): standing watch", standing.explanation().steps().get(0).text());
        assertEquals(Optional.empty(), s.standingOf(scored("2026-03", null)));
    }

    @Test
    void standingsAreConfigurableAndChecked() {
        Standings two = Standings.of(StandingBand.of("green", d("0.9")), StandingBand.of("red", BigDecimal.ZERO, "step-in review"));
        assertEquals("red", two.bandOf(d("0.89")).name());
        ValidationException e = assertThrows(ValidationException.class, () -> Standings.of(StandingBand.of("a", d("0.9")),
                StandingBand.of("a", d("0.5"))));
        assertEquals(List.of("bands", "bands"), e.violations().stream().map(v -> v.path()).toList(), e.getMessage());
        assertThrows(ValidationException.class, () -> StandingBand.of("x", d("-0.1")));
    }

    @Test
    void anAgreementDerivesStandingsFromItsOwnBands() {
        Agreement standard = Fixtures.agreement();
        assertEquals(Standings.standard(), standard.standings());
        // 0.8125 under the standard bands: watch (0.70 ≤ 0.8125 < 0.85)
        assertEquals("watch", standard.standingOf(scored("2026-03", "0.8125")).orElseThrow().name());
        // the same score under the agreement's own bands: amber from 0.80, so 0.8125 ≥ 0.80 is amber, not watch
        Standings own = Standings.of(StandingBand.of("green", d("0.90")), StandingBand.of("amber", d("0.80"), "review at level B"),
                StandingBand.of("red", BigDecimal.ZERO, "step-in review at level A"));
        Agreement a = standard.withStandings(own);
        assertEquals(own, a.standings());
        var standing = a.standingOf(scored("2026-03", "0.8125")).orElseThrow();
        assertEquals("amber", standing.name());
        assertEquals(List.of("score 0.8125 ≥ 0.80 (below green at 0.90): standing amber", "consequence: review at level B",
                "standings: green ≥ 0.90, amber ≥ 0.80, red ≥ 0"),
                standing.explanation().steps().stream().map(st -> st.text()).toList());
        assertEquals(Optional.empty(), a.standingOf(scored("2026-03", null)));
    }

    @Test
    void aScorecardOfAnotherAgreementHasNoStandingHere() {
        Scorecard other = new Scorecard("another-agreement", ReportingPeriod.parse("2026-03"), MissingDataPolicy.ZERO, List.of(),
                Optional.of(d("0.9")), Optional.empty(), Optional.empty(), List.of(), Explanation.of("Scorecard", List.of()));
        ValidationException e = assertThrows(ValidationException.class, () -> Fixtures.agreement().standingOf(other));
        assertEquals(List.of("scorecard.agreementId"), e.violations().stream().map(v -> v.path()).toList(), e.getMessage());
    }

    @Test
    void aStandingThatNoScoreCanReachIsRefused() {
        // the fixture's highest attainment is 1.2 (availability has a stretch): a band from 1.2 can be reached, from 1.25 not
        Agreement a = Fixtures.agreement();
        Standings reachable = Standings.of(StandingBand.of("outstanding", d("1.2")), StandingBand.of("rest", BigDecimal.ZERO));
        assertEquals(reachable, a.withStandings(reachable).standings());
        Standings unreachable = Standings.of(StandingBand.of("outstanding", d("1.25")), StandingBand.of("superb", d("1.21")),
                StandingBand.of("rest", BigDecimal.ZERO));
        ValidationException e = assertThrows(ValidationException.class, () -> a.withStandings(unreachable));
        assertEquals(List.of("standings.bands[0].minimumScore", "standings.bands[1].minimumScore"),
                e.violations().stream().map(v -> v.path()).toList(), e.getMessage());
        assertTrue(e.getMessage().contains("standing 'outstanding' from 1.25 can never be reached: no score exceeds 1.2"),
                e.getMessage());
    }

    @Test
    void theContractYearScoreIsWeightedByPeriodLength() {
        // January 0.9 × 31 days, February 0.6 × 28 days, March undefined (left out), 2027-01 in the next year:
        // (27.9 + 16.8) / 59 = 44.7 / 59 = 0.757627118… → 0.757627 (6 decimals)
        Agreement a = Fixtures.agreement();
        var year = ContractYearScores.standard().calculate(a, List.of(scored("2026-02", "0.6"), scored("2026-01", "0.9"),
                scored("2026-03", null), scored("2027-01", "0.1")), LocalDate.of(2026, 7, 1));
        assertEquals(d("0.757627"), year.score().orElseThrow());
        assertEquals(59, year.days());
        assertEquals(LocalDate.of(2026, 1, 1), year.start());
        assertEquals(LocalDate.of(2026, 12, 31), year.end());
        assertTrue(year.explanation().toText().contains("2026-03: score undefined, left out"), year.explanation().toText());
        assertEquals(Optional.empty(), ContractYearScores.standard().calculate(a, List.of(), LocalDate.of(2026, 7, 1)).score());
    }

    private static IncentiveStatement run(IncentiveScheme scheme, Optional<OpeningBalance> opening, String... scores) {
        Agreement a = IncentiveFixtures.agreement(scheme);
        List<IncentivePeriod> inputs = new ArrayList<>();
        ReportingPeriod p = ReportingPeriod.parse("2026-04");
        for (String s : scores) {
            inputs.add(IncentivePeriod.builder().period(p).scorecard(scored(p.toString(), s)).build());
            p = p.next();
        }
        return opening.map(o -> IncentiveCalculator.standard().calculate(a, scheme, inputs, o))
                .orElseGet(() -> IncentiveCalculator.standard().calculate(a, scheme, inputs));
    }

    @Test
    void aScoreTriggerFiresOnNOfMPeriodsBelowTheThreshold() {
        // below 0.80 in 2 of any 3 periods: April 0.70, May 0.90, June 0.75 → fires in June (April and June)
        IncentiveScheme scheme = IncentiveScheme.builder().addAllComponents(IncentiveFixtures.noIncentives().components())
                .addRemedyTriggers(RemedyTrigger.scoreBelow(d("0.80"), 2, 3, Remedy.REMEDIATION_PLAN)).build();
        IncentiveStatement s = run(scheme, Optional.empty(), "0.70", "0.90", "0.75");
        assertEquals(List.of(0, 0, 1), s.periods().stream().map(p -> p.remedies().size()).toList());
        assertEquals("remedy REMEDIATION_PLAN: score below 0.8 in 2 of 3 consecutive periods → REMEDIATION_PLAN "
                + "(score 0.7 in 2026-04; score 0.75 in 2026-06)", s.periods().get(2).remedies().get(0).explanation().text());
    }

    @Test
    void aCarriedInScoreCompletesAConsecutiveScoreTrigger() {
        // below 0.80 for 2 consecutive periods: March carried in at 0.60, April 0.70 → fires in April
        IncentiveScheme scheme = IncentiveScheme.builder().addAllComponents(IncentiveFixtures.noIncentives().components())
                .addRemedyTriggers(RemedyTrigger.scoreBelow(d("0.80"), 2, 2, Remedy.STEP_IN)).build();
        OpeningBalance opening = OpeningBalance.builder().firstPeriod(ReportingPeriod.parse("2026-04"))
                .addPeriods(CarriedPeriod.builder().period(ReportingPeriod.parse("2026-03")).score(d("0.60")).build()).build();
        IncentiveStatement s = run(scheme, Optional.of(opening), "0.70");
        assertEquals("remedy STEP_IN: score below 0.8 for 2 consecutive periods → STEP_IN (score 0.6 in 2026-03 (carried in); "
                + "score 0.7 in 2026-04)", s.periods().get(0).remedies().get(0).explanation().text());
        assertTrue(run(scheme, Optional.empty(), "0.70").periods().get(0).remedies().isEmpty());
    }

    @Test
    void aRemedyFindingIsFollowedToClosure() {
        RemedyFinding finding = RemedyFinding.of(ReportingPeriod.parse("2026-04"),
                RemedyTrigger.scoreBelow(d("0.80"), 2, 2, Remedy.REMEDIATION_PLAN), List.of("score 0.70 in 2026-04"));
        RemedyFollowUp open = RemedyFollowUp.open(finding);
        LocalDate may5 = LocalDate.of(2026, 5, 5);
        assertEquals(RemedyFollowUp.Status.OPEN, open.status(may5));
        RemedyFollowUp planned = open.acknowledge(LocalDate.of(2026, 5, 2)).agreePlan("second shift for deliveries",
                LocalDate.of(2026, 6, 30));
        assertEquals(RemedyFollowUp.Status.PLAN_AGREED, planned.status(LocalDate.of(2026, 6, 30)));
        assertEquals(RemedyFollowUp.Status.OVERDUE, planned.status(LocalDate.of(2026, 7, 1)));
        assertEquals(RemedyFollowUp.Status.CLOSED, planned.close(LocalDate.of(2026, 7, 10)).status(LocalDate.of(2026, 7, 10)));
        assertEquals(RemedyFollowUp.Status.ACKNOWLEDGED, open.acknowledge(LocalDate.of(2026, 5, 2)).status(may5));
        // a plan before the acknowledgement, a due date before it, a close before it: refused
        assertThrows(ValidationException.class, () -> open.agreePlan("x", may5));
        assertThrows(ValidationException.class, () -> open.acknowledge(may5).agreePlan("x", LocalDate.of(2026, 5, 1)));
        assertThrows(ValidationException.class, () -> open.acknowledge(may5).close(LocalDate.of(2026, 5, 4)));
    }
}
