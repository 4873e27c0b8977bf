package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.MultiSupplierIncentiveCalculator;
import dev.partnering.evaluation.PartyScorecardCalculator;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.party.Accountability;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.PartyScorecards;

/** Several suppliers in one room in JSON: the new fields round-trip, and documents written before read with the same meaning. */
class MultiSupplierJsonTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    private static List<Measurement> march() {
        return List.of(Fixtures.measurement(Fixtures.AVAILABILITY, "2026-03", "99.25"),
                Fixtures.ratioMeasurement(Fixtures.TICKET_SLA, "2026-03", "93", "100"),
                Fixtures.measurement(MultiSupplierFixtures.NETWORK, "2026-03", "99.8"),
                Fixtures.measurement(MultiSupplierFixtures.END_USER, "2026-03", "3.5"),
                Fixtures.measurement(MultiSupplierFixtures.DECISIONS, "2026-03", "5"));
    }

    @Test
    void aMultiSupplierAgreementRoundTrips() {
        Agreement a = MultiSupplierFixtures.withIncentives();
        Agreement read = JsonTesting.roundTrip(a, Agreement.class);
        assertEquals(a, read);
        assertEquals(Optional.of(Accountability.joint()), read.kpiVersions(MultiSupplierFixtures.END_USER).get(0).accountability());
        String json = JsonTesting.write(a);
        assertTrue(json.contains("\"accountability\""), json);
        assertTrue(json.contains("\"type\":\"customer-side\"") || json.contains("\"type\" : \"customer-side\""), json);
        assertTrue(json.contains("\"supplierSchemes\"") && json.contains("\"jointArrangement\""), json);
    }

    @Test
    void eachAccountabilityRoundTrips() {
        for (Accountability a : List.of(Accountability.supplier("netco"), Accountability.customerSide(), Accountability.joint())) {
            assertEquals(a, JsonTesting.roundTrip(a, Accountability.class));
        }
    }

    @Test
    void partyScorecardsAreWrittenAndStatementsRoundTrip() {
        PartyScorecards cards = PartyScorecardCalculator.standard().calculate(MultiSupplierFixtures.agreement(), MARCH, march());
        // party scorecards are a result, written only; each scorecard in them reads back
        JsonTesting.assertWritten(cards, "period", cards.period(), "whole", cards.whole(), "suppliers", cards.suppliers(),
                "joint", cards.joint(), "customerSide", cards.customerSide(), "unassigned", cards.unassigned(),
                "explanation", cards.explanation());
        assertEquals(List.copyOf(cards.suppliers().keySet()),
                JsonTesting.fieldNames(JsonTesting.tree(cards).get("suppliers")));
        assertEquals(cards.joint(), JsonTesting.roundTrip(cards.joint(), dev.partnering.scorecard.Scorecard.class));
        MultiSupplierStatement s = MultiSupplierIncentiveCalculator.standard().calculate(MultiSupplierFixtures.withIncentives(),
                List.of(MARCH), march(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("10000.02")))));
        MultiSupplierStatement read = JsonTesting.roundTrip(s, MultiSupplierStatement.class);
        assertEquals(JsonTesting.tree(s), JsonTesting.tree(read));
        assertEquals(s.totalByParty(), read.totalByParty());
        assertEquals(s.period(MARCH).get().payments(), read.period(MARCH).get().payments());
    }

    @Test
    void aVersionOneAgreementWrittenBeforeReadsWithTheSameMeaning() throws Exception {
        // the golden agreement (format v1, written before accountability existed) has a lead and a second supplier and
        // names no one on its KPIs: every KPI is the lead's, as its single scheme always paid the lead
        String golden = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");
        assertFalse(golden.contains("accountability") || golden.contains("supplierSchemes") || golden.contains("jointArrangement"));
        Agreement a = JsonTesting.read(golden, PartneringDocument.class).value(Agreement.class);
        String lead = a.leadSupplier().orElseThrow().id();
        for (KpiDefinition k : a.kpis()) {
            assertEquals(Optional.empty(), k.accountability());
            assertEquals(Optional.of(Accountability.supplier(lead)), a.accountabilityOf(k), k.label());
        }
        assertTrue(a.supplierSchemes().isEmpty());
        assertEquals(Optional.empty(), a.jointArrangement());
        // and it writes as before: no new field appears
        assertEquals(JsonTesting.tree(golden), JsonTesting.tree(PartneringDocument.of(a)));
    }
}
