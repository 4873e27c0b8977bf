package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.action.ActionRegister;
import dev.partnering.action.Minutes;
import dev.partnering.agreement.Agreement;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.jackson.PartneringDocument;
import dev.partnering.jackson.PartneringJson;
import dev.partnering.jackson.PartneringJsonException;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.risk.RiskRegister;

/**
 * The vested facility-management relationship (outcomes, two years of minutes, the risk register,
 * the backlog) exchanged as JSON documents and read back unchanged.
 */
class FacilityRelationshipJsonTest {

    private static final ReportingPeriod Y2026 = ReportingPeriod.parse("2026");

    @Test
    void theRelationshipIsExchangedAsJsonAndReadBackUnchanged() throws Exception {
        ActionRegister actions = FacilityRelationship.actions();
        RiskRegister register = FacilityRelationship.risks(Y2026);
        LocalDate asOf = Y2026.end();
        // tag::json[]
        ObjectMapper mapper = PartneringJson.mapper();
        String minutesJson = mapper.writeValueAsString(PartneringDocument.ofMinutes(actions.minutes()));
        List<Minutes> minutes = mapper.readValue(minutesJson, PartneringDocument.class).minutes();
        ActionRegister again = ActionRegister.of(FacilityManagementScenario.agreement().governance(), minutes);

        String registerJson = mapper.writeValueAsString(PartneringDocument.of(register));
        RiskRegister risks = mapper.readValue(registerJson, PartneringDocument.class).value(RiskRegister.class);
        // a review is written for the record; read the register and the minutes and review again
        String reviewJson = mapper.writeValueAsString(PartneringDocument.of(risks.review(again, asOf)));
        // end::json[]
        assertEquals(actions, again);
        assertEquals(actions.reportOn(asOf), again.reportOn(asOf));
        assertEquals(register, risks);
        assertTrue(reviewJson.contains("\"riskReview\""), reviewJson);
        PartneringJsonException refused = assertThrows(PartneringJsonException.class,
                () -> mapper.readValue(reviewJson, PartneringDocument.class));
        assertTrue(refused.getMessage().contains("written only"), refused.getMessage());

        ImprovementBacklog backlog = FacilityRelationship.backlog();
        assertEquals(backlog, mapper.readValue(mapper.writeValueAsString(PartneringDocument.of(backlog)),
                PartneringDocument.class).value(ImprovementBacklog.class));
    }

    @Test
    void theAgreementKeepsItsDesiredOutcomes() throws Exception {
        ObjectMapper mapper = PartneringJson.mapper();
        Agreement agreement = FacilityManagementScenario.agreement();
        assertFalse(agreement.outcomes().isEmpty());
        Agreement back = mapper.readValue(mapper.writeValueAsString(PartneringDocument.of(agreement)),
                PartneringDocument.class).value(Agreement.class);
        assertEquals(agreement, back);
        assertEquals(FacilityRelationship.outcomes(), back.outcomes());
        // "energy" is measured by no KPI yet, in the JSON as in Java
        assertEquals(List.of("energy"), back.outcomeCoverage().outcomesWithoutKpis());
    }
}
