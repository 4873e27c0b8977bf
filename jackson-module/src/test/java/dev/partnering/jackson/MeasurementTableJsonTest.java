package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.MeasurementTable;

/** A measurement table is written and read as the array of its measurements, in order. */
class MeasurementTableJsonTest {

    @Test
    void aTableIsTheArrayOfItsMeasurements() throws Exception {
        List<Measurement> march = new ArrayList<>(dev.partnering.MultiSupplierFixtures.march());
        // one in the general form (a scope) among the compact ones
        march.add(dev.partnering.Fixtures.measurement(dev.partnering.Fixtures.AVAILABILITY, "2026-03", "99.5")
                .withScope("north"));
        MeasurementTable table = MeasurementTable.of(march);
        String json = JsonTesting.write(table);
        assertEquals(JsonTesting.write(march), json);
        assertEquals(table, JsonTesting.read(json, MeasurementTable.class));
        assertEquals(march, JsonTesting.read(json, MeasurementTable.class).asList());
    }

    @Test
    void aBrokenMeasurementIsRefusedAtItsIndex() {
        String json = "[{\"kpiId\": \"availability\", \"period\": \"2026-03\", \"value\": \"99.5\","
                + " \"recordedAt\": \"2026-04-01T00:00:00Z\"}, {\"kpiId\": \"availability\", \"period\": \"2026-03\","
                + " \"recordedAt\": \"2026-04-01T00:00:00Z\"}]";
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(json, MeasurementTable.class));
        assertEquals(true, e.getMessage().contains("[1]"), e.getMessage());
    }
}
