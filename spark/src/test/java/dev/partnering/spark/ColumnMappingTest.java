package dev.partnering.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;

class ColumnMappingTest {

    @Test
    void defaultsAreTheExamplesCsvColumnsAfterAgreementId() {
        assertEquals(List.of("agreement_id", "kpi_id", "period", "value", "numerator", "denominator", "source",
                "recorded_at", "excluded_reason"), List.copyOf(ColumnMapping.measurements().columns().values()));
        assertEquals(List.of("agreement_id", "event_id", "penalty_id", "date", "units", "description", "excluded_reason"),
                List.copyOf(ColumnMapping.breachEvents().columns().values()));
        assertEquals(List.of("agreement_id", "component_id", "period", "baseline", "actual", "currency", "description"),
                List.copyOf(ColumnMapping.costOutcomes().columns().values()));
    }

    @Test
    void anUnknownFieldAndABlankColumnAreBothNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ColumnMapping.measurements().withColumn("valeu", " "));
        assertEquals(2, e.violations().size());
        assertEquals("measurements.field", e.violations().get(0).path());
        assertEquals("is not a field of measurements; the fields are agreement_id, kpi_id, period, value, numerator,"
                + " denominator, source, recorded_at, excluded_reason", e.violations().get(0).rule());
        assertEquals("measurements.valeu", e.violations().get(1).path());
    }

    @Test
    void renamingOneFieldKeepsTheOthers() {
        ColumnMapping m = ColumnMapping.costOutcomes().withColumn("actual", "actual_cost");
        assertEquals("actual_cost", m.column("actual"));
        assertEquals("baseline", m.column("baseline"));
        assertEquals(ColumnMapping.costOutcomes().withColumn("actual", "actual_cost"), m);
    }
}
