package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document whose value is JSON null is refused, never read as no document at all (found by FuzzProperties). */
class DocumentNullValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"formatVersion\": 1, \"openingBalance\": null}|$.openingBalance|expected an opening balance, found null",
            "{\"formatVersion\": 1, \"measurements\": null}|$.measurements|expected measurements, found null",
            // the value before the version is read when the version is: the problem is at the version's path, as
            // every problem of a value read then
            "{\"agreement\": null, \"formatVersion\": 1}|$.formatVersion|expected an agreement, found null"})
    void aNullValueIsAProblemOfTheDocument(String json, String path, String message) {
        PartneringJsonException e = assertThrows(PartneringJsonException.class,
                () -> JsonTesting.MAPPER.readValue(json, PartneringDocument.class));
        assertEquals(1, e.problems().size());
        assertEquals(path, e.problems().get(0).jsonPath());
        assertEquals(message, e.problems().get(0).message());
    }
}
