package dev.partnering.jackson;

import static dev.partnering.jackson.JsonTesting.read;
import static dev.partnering.jackson.JsonTesting.roundTrip;
import static dev.partnering.jackson.JsonTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ContractYearScores;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.Remedy;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;

/** Month-end values written and read back: opening balances, a statement's closing balance, standings, follow-ups. */
class MonthEndJsonTest {

    private static OpeningBalance opening() {
        return OpeningBalance.builder().firstPeriod(JsonFixtures.JANUARY)
                .addPeriods(CarriedPeriod.builder().period(ReportingPeriod.parse("2025-11")).charge(JsonFixtures.sek("250000.00"))
                        .credit("service-credits", Fixtures.AVAILABILITY, JsonFixtures.sek("10000.00"))
                        .putAmounts("late-delivery", JsonFixtures.sek("-5000.00")).putKpiStatuses(Fixtures.AVAILABILITY, KpiStatus.MET)
                        .score(new BigDecimal("0.9125")).limits(new NetLimits(java.util.Optional.of(JsonFixtures.sek("-37500.00")),
                                java.util.Optional.empty())).build())
                .streak(Fixtures.INCIDENT_RESPONSE, KpiStatus.BELOW_MINIMUM, 1)
                .build();
    }

    @Test
    void anOpeningBalanceIsWrittenAndReadBack() throws Exception {
        OpeningBalance o = opening();
        assertEquals(o, roundTrip(o, OpeningBalance.class));
        String json = write(o);
        assertTrue(json.contains("\"kpiStatuses\":{\"availability\":\"MET\"}"), json);
        assertTrue(json.contains("\"streaks\":[{\"kpiId\":\"incident-response\",\"status\":\"BELOW_MINIMUM\",\"periods\":1}]"),
                json);
    }

    @Test
    void aStoredStatementIsContinuedAfterBeingReadBack() throws Exception {
        Agreement a = JsonFixtures.agreement();
        IncentiveScheme scheme = a.incentiveScheme().orElseThrow();
        List<IncentivePeriod> inputs = JsonFixtures.incentivePeriods();
        IncentiveStatement january = IncentiveCalculator.standard().calculate(a, scheme, inputs.subList(0, 1), opening());
        IncentiveStatement stored = read(write(january), IncentiveStatement.class);
        assertEquals(january, stored);
        IncentiveStatement february = IncentiveCalculator.standard().continueFrom(a, scheme, stored, inputs.get(1));
        IncentiveStatement atOnce = IncentiveCalculator.standard().calculate(a, scheme, inputs.subList(0, 2), opening());
        assertEquals(atOnce.periods().get(1).net(), february.periods().get(1).net());
        assertEquals(atOnce.closingBalance(), february.closingBalance());
    }

    @Test
    void aStatementWrittenBeforeHasNoClosingBalance() throws Exception {
        IncentiveStatement s = JsonFixtures.statement();
        IncentiveStatement bare = new IncentiveStatement(s.agreementId(), s.supplierId(), s.periods(), s.explanation());
        assertEquals(bare, read(write(bare), IncentiveStatement.class));
        assertTrue(!write(bare).contains("closingBalance"));
    }

    @Test
    void standingsAndFollowUpsAreWrittenAndReadBackAndStandingsAndContractYearScoresWritten() {
        Standings standings = Standings.standard();
        assertEquals(standings, roundTrip(standings, Standings.class));
        var standing = standings.standingOf(JsonFixtures.scorecard()).orElseThrow();
        // a standing and a contract-year score are results, written only
        JsonTesting.assertWritten(standing, "period", standing.period(), "band", standing.band(), "score", standing.score(),
                "explanation", standing.explanation());
        RemedyFollowUp f = RemedyFollowUp.open(RemedyFinding.of(JsonFixtures.MARCH,
                RemedyTrigger.scoreBelow(new BigDecimal("0.8"), 2, 3, Remedy.REMEDIATION_PLAN), List.of("score 0.7 in 2026-03")))
                .acknowledge(LocalDate.of(2026, 4, 2)).agreePlan("second shift", LocalDate.of(2026, 5, 31));
        assertEquals(f, roundTrip(f, RemedyFollowUp.class));
        var year = ContractYearScores.standard().calculate(JsonFixtures.agreement(), List.of(JsonFixtures.scorecard()),
                LocalDate.of(2026, 6, 1));
        JsonTesting.assertWritten(year, "start", year.start(), "end", year.end(), "score", year.score(), "days", year.days(),
                "explanation", year.explanation());
    }

    @Test
    void anAgreementsOwnStandingsAreWrittenAndReadBack() throws Exception {
        Agreement standard = JsonFixtures.agreement();
        // the standard standings are not written: a document written before 0.2.0 reads with them, and writes as before
        assertTrue(!write(PartneringDocument.of(standard)).contains("\"standings\""));
        Agreement read = read(JsonTesting.resource(GoldenFiles.V1 + "agreement.json"), PartneringDocument.class)
                .value(Agreement.class);
        assertEquals(Standings.standard(), read.standings());
        Standings own = Standings.of(StandingBand.of("green", new BigDecimal("0.90")),
                StandingBand.of("amber", new BigDecimal("0.80"), "review at level B"),
                StandingBand.of("red", BigDecimal.ZERO, "step-in review at level A"));
        Agreement a = standard.withStandings(own);
        String json = write(PartneringDocument.of(a));
        assertTrue(json.contains("\"standings\":{\"bands\":[{\"name\":\"green\",\"minimumScore\":\"0.90\","), json);
        Agreement back = read(json, PartneringDocument.class).value(Agreement.class);
        assertEquals(a, back);
        assertEquals(own, back.standings());
    }

    @Test
    void anUnreachableStandingInADocumentIsRefusedWithItsPath() throws Exception {
        Agreement a = JsonFixtures.agreement().withStandings(Standings.of(StandingBand.of("green", new BigDecimal("0.90")),
                StandingBand.of("red", BigDecimal.ZERO)));
        String json = write(PartneringDocument.of(a)).replace("\"minimumScore\":\"0.90\"", "\"minimumScore\":\"12\"");
        PartneringJsonException e = org.junit.jupiter.api.Assertions.assertThrows(PartneringJsonException.class,
                () -> read(json, PartneringDocument.class));
        assertTrue(e.getMessage().contains("standing 'green' from 12 can never be reached"), e.getMessage());
        assertTrue(e.getMessage().contains("standings.bands[0].minimumScore"), e.getMessage());
    }

    @Test
    void theStoredFollowUpsAreFedBackWithTheirStatus() throws Exception {
        List<RemedyFollowUp> read = read(JsonTesting.resource(GoldenFiles.V1 + "remedy-follow-ups.json"), PartneringDocument.class)
                .remedyFollowUps();
        // on 2026-04-01: the first never acknowledged, the second's plan due 2026-04-30, the third closed 2026-03-10
        assertEquals(List.of(RemedyFollowUp.Status.OPEN, RemedyFollowUp.Status.PLAN_AGREED, RemedyFollowUp.Status.CLOSED),
                read.stream().map(f -> f.status(LocalDate.of(2026, 4, 1))).toList());
        assertEquals(RemedyFollowUp.Status.OVERDUE, read.get(1).status(LocalDate.of(2026, 5, 1)));
        PartneringDocument standings = read(JsonTesting.resource(GoldenFiles.V1 + "standings.json"), PartneringDocument.class);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                standings::remedyFollowUps);
        assertEquals("the document holds standings, not remedyFollowUps", e.getMessage());
        assertEquals(JsonFixtures.standings(), standings.value(Standings.class));
    }
}
