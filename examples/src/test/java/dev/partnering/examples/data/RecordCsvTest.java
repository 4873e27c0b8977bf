package dev.partnering.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnering.examples.scenario.ErpIntegrationScenario;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.TrustSurvey;

/** The readers of events, costs, surveys, meetings, escalations and invoices: what they read and how they refuse. */
class RecordCsvTest {

    @TempDir
    Path dir;

    private DataFile file(String content) throws IOException {
        return DataFile.of(Files.writeString(dir.resolve("records.csv"), content, StandardCharsets.UTF_8));
    }

    private List<String> problems(InputException e) {
        String prefix = dir.resolve("records.csv") + " ";
        return e.problems().stream().map(p -> p.toString().substring(prefix.length())).toList();
    }

    @Test
    void breachEventsDefaultToOneUnitAndKnowTheirPenalties() throws Exception {
        List<BreachEvent> events = BreachEventCsv.read(ErpIntegrationScenario.referenceAgreement(), file(
                "event_id,penalty_id,date,units,description,excluded_reason\nSO-1,stock-out,2026-01-19,,Gowns,\n"));
        assertEquals(BigDecimal.ONE, events.get(0).units());
        InputException e = assertThrows(InputException.class, () -> BreachEventCsv.read(
                ErpIntegrationScenario.referenceAgreement(), file("event_id,penalty_id,date,units,description,excluded_reason\n"
                        + "SO-1,stock-out,,1,Gowns,\nSO-2,stock-out,2026-02-30,x,Gowns,\n")));
        assertEquals(List.of("line 2, field 'date': is empty; a date is required",
                "line 3, field 'date': '2026-02-30' is not a date (use 2026-03-31)",
                "line 3, field 'units': 'x' is not a decimal number (use digits and a point, e.g. 99.5)"), problems(e));
    }

    @Test
    void costsOnePerComponentAndPeriod() throws Exception {
        Map<ReportingPeriod, Map<String, CostOutcome>> costs = CostCsv.read(file(
                "component_id,period,baseline,actual,currency,description\nsavings,2026-Q4,100.00,80.00,SEK,x\n"));
        assertEquals(Money.of("20.00", "SEK"), costs.get(ReportingPeriod.parse("2026-Q4")).get("savings").savings());
        InputException e = assertThrows(InputException.class, () -> CostCsv.read(file(
                "component_id,period,baseline,actual,currency,description\nsavings,2026-Q4,100.00,80.00,SEK,x\n"
                        + "savings,2026-Q4,100.00,70.00,SEK,again\nsavings,2026-Q5,,70.00,XYZ,bad\n")));
        // every problem of line 4 is named, the unknown currency too (before: only once the rest was valid)
        assertEquals(List.of("line 3, field 'period': component 'savings' already has a cost outcome for 2026-Q4 (line 2)",
                "line 4, field 'period': '2026-Q5' is not a reporting period (use a month 2026-03, a quarter 2026-Q1 or a "
                        + "year 2026)",
                "line 4, field 'baseline': is empty; the baseline cost is required",
                "line 4, field 'currency': currency 'XYZ' is not an ISO-4217 currency code"), problems(e));
    }

    @Test
    void surveysGroupByDateAndRefuseAnswersOffTheScale() throws Exception {
        String header = "survey_date,respondent,side,level,loyalty,integrity,honesty,reciprocity,transparency\n";
        List<TrustSurvey> surveys = SurveyCsv.read(file(header + "2027-11-15,r-2,supplier,B,5,5,5,5,5\n"
                + "2026-11-16,r-1,customer,A,4,4,4,4,\n"));
        assertEquals(2, surveys.size());
        assertEquals("2026-11-16", surveys.get(0).assessmentDate().toString());
        assertEquals(4, surveys.get(0).responses().get(0).answers().size(), "a blank answer is no answer");
        InputException e = assertThrows(InputException.class, () -> SurveyCsv.read(file(header
                + "2026-11-16,r-1,partner,D,8,4,4,4,4\n")));
        assertEquals(List.of("line 2, field 'side': 'partner' is not a side (use customer or supplier)",
                "line 2, field 'level': 'D' is not a governance level (use A, B or C)",
                "line 2, field 'loyalty': answer 8 is off the scale 1–7"), problems(e));
    }

    @Test
    void meetingsAndEscalations() throws Exception {
        List<ForumMeeting> meetings = GovernanceRecordCsv.meetings(file("forum,date,status,customer_attendees,supplier_attendees\n"
                + "board,2026-03-12,held,3,2\nreview,2026-04-09,cancelled,,\n"));
        assertEquals(2, meetings.size());
        assertFalse(meetings.get(1).isHeld());
        InputException bad = assertThrows(InputException.class, () -> GovernanceRecordCsv.meetings(file(
                "forum,date,status,customer_attendees,supplier_attendees\nboard,2026-03-12,postponed,,\n")));
        assertEquals(List.of("line 2, field 'status': 'postponed' is not a meeting status (use held or cancelled)"), problems(bad));
        List<Escalation> escalations = GovernanceRecordCsv.escalations(file(
                "id,title,raised_at,raised_on,escalated_to,escalated_on,resolved_on\nE-1,Heating,C,2026-03-10,B,2026-03-16,2026-03-20\n"));
        assertEquals(GovernanceLevel.TACTICAL, escalations.get(0).finalLevel());
        InputException handedDown = assertThrows(InputException.class, () -> GovernanceRecordCsv.escalations(file(
                "id,title,raised_at,raised_on,escalated_to,escalated_on,resolved_on\nE-1,Heating,B,2026-03-10,C,2026-03-16,\n")));
        assertEquals(List.of("line 2, field 'id': escalation 'E-1' is handed from level B (TACTICAL) to level C (OPERATIONAL) "
                + "on 2026-03-16; an escalation only goes to a higher level"), problems(handedDown));
    }

    @Test
    void invoicesNeedAKnownCurrency() throws Exception {
        InputException e = assertThrows(InputException.class, () -> InvoiceCsv.read(file(
                "invoice_id,date,kind,amount,currency,description\nOC-1,2026-01-31,maintenance,85000.00,KRONA,x\n")));
        assertEquals(1, e.problems().size());
        assertEquals("currency", e.problems().get(0).field().orElseThrow());
    }
}
