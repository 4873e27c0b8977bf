package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.analysis.BackTester;
import dev.partnering.analysis.MultiSupplierBackTest;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;

/**
 * The results Jackson 2 once wrote by hand — the signal tally, the action report (both golden files,
 * {@link BothModulesGoldenFilesTest}) and the back-test of several suppliers, which is no document
 * kind — are written by both modules through the shared mix-ins, in the same bytes.
 */
class BothModulesWrittenResultsTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void aMultiSupplierBackTestIsTheSameBytesWithEitherModuleItsRowsAListNamingTheSupplier() {
        MultiSupplierBackTest t = BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(),
                MultiSupplierFixtures.withIncentives(), List.of(MARCH), MultiSupplierFixtures.march(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("10000.02")))));
        String written = JsonModules.JACKSON3.write(t);
        assertEquals(JsonModules.JACKSON2.write(t), written);
        JsonNode tree = Json3Testing.MAPPER.readTree(written);
        assertEquals(List.of("suppliers", "whole", "current", "proposed", "explanation"), fieldNames(tree));
        assertEquals(t.suppliers().size(), tree.get("suppliers").size());
        int i = 0;
        for (MultiSupplierBackTest.SupplierRows rows : t.supplierRows()) {
            JsonNode supplier = tree.get("suppliers").get(i++);
            assertEquals(List.of("supplierId", "rows"), fieldNames(supplier));
            assertEquals(rows.supplierId(), supplier.get("supplierId").stringValue());
            assertEquals(Json3Testing.MAPPER.readTree(JsonModules.JACKSON3.write(rows.rows())), supplier.get("rows"));
        }
    }

    @Test
    void aSignalTallyIsTheSameBytesWithEitherModuleItsSharesLeftOutWhenNoRequestWasAnswered() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        SignalTally none = SignalTally.count(List.of(BehaviouralSignal.of(SignalKind.INFORMATION_SHARED, day,
                PartyKind.SUPPLIER)), MARCH);
        String written = JsonModules.JACKSON3.write(none);
        assertEquals(JsonModules.JACKSON2.write(none), written);
        JsonNode tree = Json3Testing.MAPPER.readTree(written);
        assertEquals(List.of("period", "counts", "explanation"), fieldNames(tree));
        assertEquals(List.of("total", "customer", "supplier"), fieldNames(tree.get("counts").get("INFORMATION_SHARED")));
        assertEquals(1, tree.get("counts").get("INFORMATION_SHARED").get("supplier").intValue());
        // the supplier answered one request in time and one late: 1 / 2 = 0.5; the customer none: no share
        SignalTally answered = SignalTally.count(List.of(
                BehaviouralSignal.of(SignalKind.REQUEST_ANSWERED_IN_TIME, day, PartyKind.SUPPLIER),
                BehaviouralSignal.of(SignalKind.REQUEST_ANSWERED_LATE, day, PartyKind.SUPPLIER)), MARCH);
        written = JsonModules.JACKSON3.write(answered);
        assertEquals(JsonModules.JACKSON2.write(answered), written);
        tree = Json3Testing.MAPPER.readTree(written);
        assertEquals(List.of("period", "counts", "inTimeShare", "supplierInTimeShare", "explanation"), fieldNames(tree));
        assertEquals("0.5", tree.get("supplierInTimeShare").stringValue());
    }
}
