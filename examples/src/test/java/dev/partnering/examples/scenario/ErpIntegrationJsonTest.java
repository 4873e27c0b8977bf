package dev.partnering.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.examples.json.JsonFormat;

/**
 * Scenario 4's JSON: the bundled agreement document and the statement written for the ERP.
 */
class ErpIntegrationJsonTest {

    @Test
    void bundledAgreementDocumentReadsBackAsTheReferenceAgreement() throws Exception {
        if (ClassLoader.getSystemResource("scenarios/hospital-linen/agreement.json") == null) {
            Path generated = Path.of("target", "hospital-linen-agreement.json").toAbsolutePath();
            try (OutputStream out = Files.newOutputStream(generated)) {
                JsonFormat.standard().write(ErpIntegrationScenario.referenceAgreement(), out);
            }
            fail("scenarios/hospital-linen/agreement.json is missing; the Jackson module wrote the reference agreement to "
                    + generated + ": review it and copy it to examples/src/main/resources/scenarios/hospital-linen/");
        }
        Agreement read = JsonFormat.standard().read(ErpIntegrationScenario.agreementFile());
        assertEquals(ErpIntegrationScenario.referenceAgreement(), read);
    }

    @Test
    void statementIsPostedAsJson() throws Exception {
        PeriodEvaluation e = new ErpIntegrationScenario(JsonFormat.standard()).evaluate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ErpIntegrationScenario.writeStatement(e, bytes);
        String json = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("hospital-linen") && json.contains("129000.00"), json);
    }
}
