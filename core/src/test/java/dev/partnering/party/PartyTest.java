package dev.partnering.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partnering.ValidationException;
import dev.partnering.Violation;

class PartyTest {

    @Test
    void factoriesBuildCustomersSuppliersAndTheLead() {
        Party c = Party.customer("region-nord", "Region Nord");
        assertEquals(PartyKind.CUSTOMER, c.kind());
        assertFalse(c.isLead());
        assertEquals(PartyKind.SUPPLIER, Party.supplier("globex", "Globex").kind());
        assertFalse(Party.supplier("globex", "Globex").isLead());
        assertTrue(Party.leadSupplier("acme", "Acme").isLead());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "acme", "acme.se", "acme_1", "Acme-IT.se_2",
            "a123456789012345678901234567890123456789012345678901234567890123"}) // 64 characters
    void acceptsValidIds(String id) {
        assertEquals(id, Party.customer(id, "Name").id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-acme", ".acme", "_acme", "ac me", "acmé", "acme/se", "acme\n",
            "a1234567890123456789012345678901234567890123456789012345678901234"}) // 65 characters
    void rejectsInvalidIds(String id) {
        ValidationException e = assertThrows(ValidationException.class, () -> Party.customer(id, "Name"));
        // an id longer than 40 characters is shown as its first 40 and its length
        String shown = id.length() <= 40 ? id : id.substring(0, 40) + "… (" + id.length() + " characters)";
        assertEquals(List.of(Violation.of("id", id, "party id '" + shown
                + "' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit")), e.violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t"})
    void rejectsABlankName(String name) {
        ValidationException e = assertThrows(ValidationException.class, () -> Party.supplier("acme", name));
        assertEquals(List.of(Violation.of("name", name, "party 'acme': name must not be blank")), e.violations());
    }

    @Test
    void onlyASupplierCanBeLead() {
        ValidationException e = assertThrows(ValidationException.class, () -> Party.builder()
                .id("region").name("Region").kind(PartyKind.CUSTOMER).lead(true).build());
        assertEquals(List.of(Violation.of("lead", true, "party 'region': only a supplier can be lead, not a CUSTOMER")),
                e.violations());
        assertTrue(e.getMessage().startsWith("Party 'region' is invalid (1 violation):"), e.getMessage());
    }

    @Test
    void aCustomerThatIsNotLeadIsFine() {
        assertFalse(Party.builder().id("region").name("Region").kind(PartyKind.CUSTOMER).lead(false).build().isLead());
    }

    @Test
    void reportsEveryViolationAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> Party.builder()
                .id("-x").name(" ").kind(PartyKind.CUSTOMER).lead(true).build());
        assertEquals(List.of("id", "name", "lead"), e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void aMissingAttributeHidesNoOtherViolation() {
        // no id beside a blank name and a customer marked lead: each named, the rules reading "party" for want of
        // an id (before: the id alone was named)
        ValidationException noId = assertThrows(ValidationException.class, () -> Party.builder().name(" ")
                .kind(PartyKind.CUSTOMER).lead(true).build());
        assertEquals(List.of(Violation.of("id", null, "id is required: null is not allowed"),
                Violation.of("name", " ", "party: name must not be blank"),
                Violation.of("lead", true, "party: only a supplier can be lead, not a CUSTOMER")), noId.violations());
        assertEquals("Party", noId.subject());
        // no kind beside a malformed id and a blank name: both named; "only a supplier can be lead" needs the kind
        // and is not judged
        ValidationException noKind = assertThrows(ValidationException.class, () -> Party.builder().id("a b").name("")
                .lead(true).build());
        assertEquals(List.of(Violation.of("kind", null, "kind is required: null is not allowed"),
                Violation.of("id", "a b", "party id 'a b' must be 1 to 64 letters, digits, '-', '_' or '.', starting with a"
                        + " letter or digit"),
                Violation.of("name", "", "party 'a b': name must not be blank")), noKind.violations());
    }

    @Test
    void missingRequiredAttributesAreAValidationException() {
        dev.partnering.Refusals.assertPaths(() -> Party.builder().id("acme").build(), "name", "kind");
    }

    @Test
    void builderIsStrict() {
        assertThrows(IllegalStateException.class, () -> Party.builder().id("a").id("b"));
    }

    @Test
    void theOtherSide() {
        assertEquals(PartyKind.SUPPLIER, PartyKind.CUSTOMER.other());
        assertEquals(PartyKind.CUSTOMER, PartyKind.SUPPLIER.other());
    }

    @Test
    void equalByValue() {
        assertEquals(Party.supplier("acme", "Acme"), Party.supplier("acme", "Acme"));
        assertEquals(Party.supplier("acme", "Acme").hashCode(), Party.supplier("acme", "Acme").hashCode());
    }
}
