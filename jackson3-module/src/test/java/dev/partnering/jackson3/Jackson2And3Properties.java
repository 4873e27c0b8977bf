package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.SharedArbitraries;
import dev.partnering.incentive.SharedArbitraries.StatementCase;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.testkit.PartneringArbitraries;

/**
 * Jackson 2 and Jackson 3 write the same bytes for the same values and read each other's output
 * back equal: one format from one set of mix-ins.
 */
class Jackson2And3Properties {

    @Property
    void measurementDocumentsAreTheSameBytesWithEitherJacksonAndReadBackEqual(
            @ForAll("measurements") List<Measurement> measurements) throws Exception {
        String two = Json3Testing.jackson2(dev.partnering.jackson.PartneringDocument.ofMeasurements(measurements));
        String three = Json3Testing.MAPPER.writeValueAsString(PartneringDocument.ofMeasurements(measurements));
        assertEquals(two, three);
        assertEquals(measurements, Json3Testing.MAPPER.readValue(two, PartneringDocument.class).measurements());
    }

    @Property
    void kpiDefinitionsAreTheSameBytesWithEitherJacksonAndReadBackEqual(@ForAll("kpis") KpiDefinition kpi)
            throws Exception {
        String two = Json3Testing.jackson2(kpi);
        String three = Json3Testing.MAPPER.writeValueAsString(kpi);
        assertEquals(two, three);
        assertEquals(kpi, Json3Testing.MAPPER.readValue(three, KpiDefinition.class));
        assertEquals(kpi, Json3Testing.JACKSON2.readValue(three, KpiDefinition.class));
    }

    @Property
    void costOutcomesAreTheSameBytesWithEitherJacksonAndReadBackEqual(@ForAll("costs") CostOutcome cost) throws Exception {
        String two = Json3Testing.jackson2(cost);
        assertEquals(two, Json3Testing.MAPPER.writeValueAsString(cost));
        assertEquals(cost, Json3Testing.MAPPER.readValue(two, CostOutcome.class));
    }

    /**
     * The parts of a statement without an explanation (lines, movements, caps) and its closing balance (carried
     * periods whose maps are written by sorted key) are the same bytes with either Jackson and read back equal.
     */
    @Property
    void statementPartsAndClosingBalancesAreTheSameBytesWithEitherJacksonAndReadBackEqual(
            @ForAll("statements") StatementCase c) throws Exception {
        List<Object> parts = new ArrayList<>();
        for (PeriodStatement p : c.statement().periods()) {
            parts.addAll(p.movements());
            for (ComponentOutcome o : p.outcomes()) {
                parts.addAll(o.lines());
                parts.addAll(o.capsApplied());
            }
        }
        c.statement().closingBalance().ifPresent(parts::add);
        for (Object part : parts) {
            String two = Json3Testing.jackson2(part);
            assertEquals(two, Json3Testing.MAPPER.writeValueAsString(part));
            Class<?> type = part instanceof OpeningBalance ? OpeningBalance.class : part.getClass();
            assertEquals(part, Json3Testing.MAPPER.readValue(two, type));
        }
    }

    @Provide
    Arbitrary<CostOutcome> costs() {
        return PartneringArbitraries.costOutcomes(java.util.Currency.getInstance("SEK"));
    }

    @Provide
    Arbitrary<StatementCase> statements() {
        return SharedArbitraries.statements();
    }

    @Provide
    Arbitrary<KpiDefinition> kpis() {
        return PartneringArbitraries.kpis();
    }

    @Provide
    Arbitrary<List<Measurement>> measurements() {
        return PartneringArbitraries.kpis().flatMap(kpi -> PartneringArbitraries.periods().flatMap(period ->
                PartneringArbitraries.measurements(kpi, period).list().ofMaxSize(5)));
    }

}
