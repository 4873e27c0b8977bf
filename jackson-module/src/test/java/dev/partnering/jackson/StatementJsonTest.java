package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored statement with broken parts: every problem is reported at the JSON path of the part,
 * in one exception, whether the part is read through a record's creator or a builder.
 */
class StatementJsonTest {

    private static ObjectNode golden(String file) throws Exception {
        return (ObjectNode) JsonTesting.tree(JsonTesting.resource(GoldenFiles.V1 + file));
    }

    private static List<String> problems(ObjectNode document) {
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(document.toString(), PartneringDocument.class));
        return e.problems().stream().map(p -> p.jsonPath() + ": " + p.message()).toList();
    }

    @Test
    void everyBrokenPartOfAStatementIsReportedAtItsPath() throws Exception {
        ObjectNode doc = golden("incentive-statement.json");
        // a required field missing in February; in March two broken parts (so March itself is not built)
        ((ObjectNode) doc.at("/incentiveStatement/periods/1")).remove("net");
        ObjectNode march = (ObjectNode) doc.at("/incentiveStatement/periods/2");
        // a cap that would raise the amount: 20.00 allowed of 10.00
        ObjectNode cap = (ObjectNode) march.at("/outcomes/0/capsApplied/0");
        cap.putObject("uncapped").put("amount", "10.00").put("currency", "SEK");
        cap.putObject("limit").put("amount", "20.00").put("currency", "SEK");
        // a finding with neither its explanation nor its facts
        ((ObjectNode) march.at("/remedies/1")).remove("explanation");
        ((ObjectNode) doc.at("/incentiveStatement/periods/0/movements/1")).put("amount", "12.00");

        assertEquals(List.of(
                "$.incentiveStatement.periods[0].movements[1].amount: expected an object, found a string",
                "$.incentiveStatement.periods[1]: net is required: null is not allowed",
                "$.incentiveStatement.periods[2].outcomes[0].capsApplied[0].limit: the limit 20.00 SEK must not exceed"
                        + " the uncapped amount 10.00 SEK: a cap only lowers",
                "$.incentiveStatement.periods[2].remedies[1].explanation: explanation is required: null is not allowed"),
                problems(doc));
    }

    @Test
    void aCostOutcomeWithPartOfThePairIsRefusedWithTheRuleAtItsPath() throws Exception {
        ObjectNode doc = golden("incentive-periods.json");
        ((ObjectNode) doc.at("/incentivePeriods/0/costs/savings")).remove("actual");
        assertEquals(List.of("$.incentivePeriods[0].costs.savings.baseline: a cost outcome needs a baseline and an actual"
                + " cost, or the savings (givenSavings), not both or part"), problems(doc));
    }

    @Test
    void aCarriedPeriodIsWrittenWithItsMapsBySortedKeyAndItsLimitsOnlyWhenSome() throws Exception {
        dev.partnering.money.Money ten = dev.partnering.money.Money.of("-10.00", "SEK");
        dev.partnering.incentive.CarriedPeriod p = dev.partnering.incentive.CarriedPeriod.builder()
                .period(dev.partnering.period.ReportingPeriod.parse("2025-12"))
                .putAmounts("zulu", ten).putAmounts("alpha", ten)
                .putKpiStatuses("ticket-sla", dev.partnering.scorecard.KpiStatus.MET)
                .putKpiStatuses("availability", dev.partnering.scorecard.KpiStatus.MET).build();
        com.fasterxml.jackson.databind.JsonNode written = JsonTesting.tree(p);
        assertEquals(List.of("period", "amounts", "credits", "kpiStatuses"), JsonTesting.fieldNames(written));
        assertEquals(List.of("alpha", "zulu"), JsonTesting.fieldNames(written.get("amounts")));
        assertEquals(List.of("availability", "ticket-sla"), JsonTesting.fieldNames(written.get("kpiStatuses")));
        assertEquals(p, JsonTesting.roundTrip(p, dev.partnering.incentive.CarriedPeriod.class));
        dev.partnering.incentive.CarriedPeriod limited = dev.partnering.incentive.CarriedPeriod.builder()
                .period(p.period()).putAllAmounts(p.amounts()).putAllKpiStatuses(p.kpiStatuses())
                .limits(new dev.partnering.incentive.NetLimits(java.util.Optional.of(ten), java.util.Optional.empty())).build();
        assertEquals("limits", JsonTesting.fieldNames(JsonTesting.tree(limited)).get(4));
    }
}
