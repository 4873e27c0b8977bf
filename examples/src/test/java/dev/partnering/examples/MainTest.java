package dev.partnering.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;

class MainTest {

    @Test
    void exampleAgreementIsAValid3Plus1Plus1WithTwoSuppliersAndThreeLevels() {
        Agreement a = ItPartnering.agreement();
        assertEquals(2, a.suppliers().size());
        assertEquals("nordserv", a.leadSupplier().orElseThrow().id());
        assertEquals(3, a.governance().levels().size());
        // 2026-01-01 + 3 years - 1 day; + 2 options of 1 year each
        assertEquals("2028-12-31", a.term().initialEndDate().toString());
        assertEquals("2030-12-31", a.term().latestEndDate().toString());
    }

    @Test
    void invalidAgreementReportsEveryViolationWithItsPath() {
        ValidationException e = assertThrows(ValidationException.class, Main::invalidAgreement);
        List<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toList());
        assertEquals(List.of("parties[1].id", "parties", "responsibilityAreas[0].owner",
                "governance.roles[0].counterpart", "kpis[1].version", "kpis[1].effectiveFrom"), paths);
    }

    @Test
    void demoPrintsTheSummaryAndTheViolations() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Main.demo(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Agreement it-partnering: IT partnering 2026"), out);
        assertTrue(out.contains("latest end 2030-12-31"), out);
        assertTrue(out.contains("Agreement 'broken' is invalid (6 violations):"), out);
        assertTrue(out.contains("an agreement needs at least one supplier"), out);
    }
}
