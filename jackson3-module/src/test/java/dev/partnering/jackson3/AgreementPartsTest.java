package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;

import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Governance;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.party.Party;

/**
 * The parts of the golden agreement whose types are all read through the shared builder mix-ins:
 * Jackson 3 reads each to the value Jackson 2 reads, and writes it in the same bytes as Jackson 2
 * where every type in it has a writing mix-in (all of them now; a part whose writing is not shared
 * yet is refused by Jackson 3 naming the type — the last parameter says which).
 */
class AgreementPartsTest {

    static Stream<Arguments> parts() {
        return Stream.of(
                Arguments.of("parties", Party.class, true, true),
                Arguments.of("responsibilityAreas", ResponsibilityArea.class, true, true),
                Arguments.of("kpis", KpiDefinition.class, true, true),
                Arguments.of("feeSchedule", FeeSchedule.class, false, true),
                Arguments.of("governance", Governance.class, false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void aPartReadsAsWithJackson2AndIsWrittenInTheSameBytes(String field, Class<?> type, boolean list, boolean written)
            throws Exception {
        String part = Json3Testing.JACKSON2.readTree(Json3Testing.golden("agreement.json")).get("agreement").get(field)
                .toString();
        JavaType three = list ? Json3Testing.MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, type)
                : Json3Testing.MAPPER.constructType(type);
        com.fasterxml.jackson.databind.JavaType two = list ? Json3Testing.JACKSON2.getTypeFactory()
                .constructCollectionType(java.util.List.class, type) : Json3Testing.JACKSON2.constructType(type);

        Object read = Json3Testing.MAPPER.readValue(part, three);
        Object expected = Json3Testing.JACKSON2.readValue(part, two);
        assertEquals(expected, read);
        assertFalse(read.toString().isEmpty());

        if (written) {
            assertEquals(Json3Testing.JACKSON2.writerFor(two).writeValueAsString(expected),
                    Json3Testing.MAPPER.writerFor(three).writeValueAsString(read));
        } else {
            DatabindException e = assertThrows(DatabindException.class, () -> Json3Testing.MAPPER.writeValueAsString(read));
            assertTrue(e.getOriginalMessage().contains(type.getSimpleName() + " cannot be written with Jackson 3 yet"),
                    e.getMessage());
        }
    }
}
