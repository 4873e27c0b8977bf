package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.incentive.NetLimits;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

class PartneringModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new PartneringModule());

    @Test
    void writesMoneyWithTheAmountAsAString() throws Exception {
        assertEquals("{\"amount\":\"1500000.00\",\"currency\":\"SEK\"}",
                mapper.writeValueAsString(Money.of("1500000.00", "SEK")));
    }

    @Test
    void readsMoneyFromAStringOrANumberWithoutLosingDigits() throws Exception {
        Money fromString = mapper.readValue("{\"amount\":\"0.1000000000000000055511151231257827\",\"currency\":\"EUR\"}", Money.class);
        assertEquals(new BigDecimal("0.1000000000000000055511151231257827"), fromString.amount());
        // a JSON number is read as a decimal: 0.1 stays 0.1, not 0.1000000000000000055511151231257827 (the double)
        Money fromNumber = mapper.readValue("{\"amount\":0.1,\"currency\":\"EUR\"}", Money.class);
        assertEquals(0, new BigDecimal("0.1").compareTo(fromNumber.amount()));
    }

    @Test
    void refusesAnUnknownCurrencyNamingIt() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"XYZ1\"}", Money.class));
        assertTrue(e.getMessage().contains("currency 'XYZ1' is not an ISO-4217 currency code"), e.getMessage());
    }

    @Test
    void roundTripsPeriods() throws Exception {
        for (String text : new String[] {"2026-03", "2026-Q1", "2026"}) {
            ReportingPeriod p = ReportingPeriod.parse(text);
            String json = mapper.writeValueAsString(p);
            assertEquals("\"" + text + "\"", json);
            assertEquals(p, mapper.readValue(json, ReportingPeriod.class));
        }
    }

    @Test
    void roundTripsNetLimitsAndRefusesAPositiveFloor() throws Exception {
        NetLimits limits = new NetLimits(java.util.Optional.of(Money.of("-37500.00", "SEK")), java.util.Optional.empty());
        String json = mapper.writeValueAsString(limits);
        assertEquals("{\"lowest\":{\"amount\":\"-37500.00\",\"currency\":\"SEK\"}}", json);
        assertEquals(limits, mapper.readValue(json, NetLimits.class));
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"lowest\":{\"amount\":\"1.00\",\"currency\":\"SEK\"}}", NetLimits.class));
        assertTrue(e.getMessage().contains("the lowest net 1.00 SEK must be zero or negative"), e.getMessage());
    }

    @Test
    void refusesABadPeriodWithTheDomainMessage() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("\"2026-13\"", ReportingPeriod.class));
        assertTrue(e.getMessage().contains("month 13 must be between 1 and 12"), e.getMessage());
    }

    @Test
    void isDiscoveredByFindAndRegisterModules() {
        ObjectMapper discovering = new ObjectMapper().findAndRegisterModules();
        assertTrue(discovering.getRegisteredModuleIds().contains(PartneringModule.class.getName()),
                "registered: " + discovering.getRegisteredModuleIds());
    }

    @Test
    void aDiscoveredModuleReadsAndWritesDocuments() throws Exception {
        ObjectMapper discovering = new ObjectMapper().findAndRegisterModules();
        String json = JsonTesting.resource(GoldenFiles.V1 + "agreement.json");
        PartneringDocument doc = discovering.readValue(json, PartneringDocument.class);
        assertEquals(JsonFixtures.agreement(), doc.value(dev.partnering.agreement.Agreement.class));
        assertEquals(JsonTesting.tree(json), JsonTesting.tree(discovering.writeValueAsString(doc)));
    }

    @Test
    void aValueWrittenOnItsOwnCarriesNoFormatVersion() throws Exception {
        String json = mapper.writeValueAsString(JsonFixtures.exitPlan());
        assertTrue(json.startsWith("{\"transitionPeriod\":\"P6M\",\"returns\":["), json);
        assertEquals(JsonFixtures.exitPlan(), mapper.readValue(json, dev.partnering.lifecycle.ExitPlan.class));
    }

    @Test
    void theMapperHasTheDocumentedLimits() {
        com.fasterxml.jackson.core.StreamReadConstraints c = PartneringJson.mapper().getFactory().streamReadConstraints();
        assertEquals(200, c.getMaxNestingDepth());
        assertEquals(256, c.getMaxNumberLength());
        assertEquals(1_000_000, c.getMaxStringLength());
        assertEquals(1_000, c.getMaxNameLength());
        assertEquals(50_000_000L, c.getMaxDocumentLength());
        assertEquals(5_000_000L, c.getMaxTokenCount());
        assertTrue(PartneringJson.mapper().isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }

    @Test
    void featuresAreSwitchedOnCopies() {
        PartneringModule module = new PartneringModule();
        PartneringModule lenient = module.disable(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS);
        assertTrue(module.isEnabled(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS));
        assertTrue(!lenient.isEnabled(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS));
        assertTrue(lenient.enable(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS)
                .isEnabled(PartneringModule.Feature.FAIL_ON_UNKNOWN_FIELDS));
    }

    @Test
    void reportsTheBuildVersion() throws Exception {
        Properties build = new Properties();
        try (InputStream in = getClass().getResourceAsStream("build.properties")) {
            build.load(in);
        }
        assertEquals(build.getProperty("version"), PackageVersion.VERSION.toString());
        assertEquals("dev.partnering", PackageVersion.VERSION.getGroupId());
        assertEquals("partnering-jackson", PackageVersion.VERSION.getArtifactId());
        assertEquals(PackageVersion.VERSION, new PartneringModule().version());
    }
}
