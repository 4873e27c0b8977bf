package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document whose value is JSON null is refused, never read as no document at all (as in the Jackson 2 module). */
class DocumentNullValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"formatVersion\": 1, \"openingBalance\": null}|$.openingBalance|expected an opening balance, found null",
            "{\"formatVersion\": 1, \"measurements\": null}|$.measurements|expected measurements, found null",
            "{\"agreement\": null, \"formatVersion\": 1}|$.agreement|expected an agreement, found null"})
    void aNullValueIsAProblemOfTheDocument(String json, String path, String message) {
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> Json3Testing.MAPPER.readValue(json, PartneringDocument.class));
        assertEquals(1, e.problems().size());
        assertEquals(path, e.problems().get(0).jsonPath());
        assertEquals(message, e.problems().get(0).message());
    }
}
