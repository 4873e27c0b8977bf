package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.Precision;

/** An agreement's declared precision: optional, written only when it is not the standard one. */
class PrecisionFormatTest {

    @Test
    void anAgreementAtTheStandardPrecisionHasNoPrecisionField() throws Exception {
        Agreement a = JsonFixtures.agreement();
        assertEquals(Precision.standard(), a.precision());
        assertFalse(JsonTesting.tree(a).has("precision"));
        // a document without the field reads as the standard precision
        Agreement read = JsonTesting.read(JsonTesting.write(a), Agreement.class);
        assertEquals(Precision.standard(), read.precision());
    }

    @Test
    void aDeclaredPrecisionIsWrittenAndReadBack() {
        Agreement a = JsonFixtures.agreement().withPrecision(Precision.of(4, 3, 2));
        JsonNode p = JsonTesting.tree(a).get("precision");
        assertEquals(4, p.get("periodValueDecimals").intValue());
        assertEquals(3, p.get("attainmentDecimals").intValue());
        assertEquals(2, p.get("scoreDecimals").intValue());
        assertEquals(Precision.of(4, 3, 2), JsonTesting.roundTrip(a, Agreement.class).precision());
        assertEquals(Precision.of(0, 12, 6), JsonTesting.roundTrip(Precision.of(0, 12, 6), Precision.class));
    }

    @Test
    void anOmittedDecimalIsTheDefault() throws Exception {
        assertEquals(Precision.of(6, 6, 2), JsonTesting.read("{\"scoreDecimals\": 2}", Precision.class));
        assertEquals(Precision.standard(), JsonTesting.read("{}", Precision.class));
    }

    @Test
    void decimalsOutOfRangeAreRefusedNamingTheField() throws Exception {
        ObjectNode doc = (ObjectNode) JsonTesting.tree(JsonFixtures.agreement());
        doc.putObject("precision").put("scoreDecimals", 13).put("periodValueDecimals", -1);
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.read(doc.toString(), Agreement.class));
        assertTrue(e.getMessage().contains("the decimals of scores must be 0 to 12, not 13"), e.getMessage());
        assertTrue(e.getMessage().contains("the decimals of period values must be 0 to 12, not -1"), e.getMessage());
        assertTrue(e.getMessage().contains("precision"), e.getMessage());
    }
}
