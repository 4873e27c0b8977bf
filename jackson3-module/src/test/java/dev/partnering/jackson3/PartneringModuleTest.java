package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** The Jackson 3 module: discovery, version, and the scalars as FORMAT.md writes them. */
class PartneringModuleTest {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new PartneringModule()).build();

    @Test
    void isFoundByJacksonsModuleDiscovery() {
        assertTrue(ServiceLoader.load(JacksonModule.class).stream().anyMatch(p -> p.type() == PartneringModule.class));
        assertTrue(MapperBuilder.findModules().stream().anyMatch(PartneringModule.class::isInstance));
        ObjectMapper discovering = JsonMapper.builder().findAndAddModules().build();
        assertTrue(discovering.registeredModules().stream().anyMatch(PartneringModule.class::isInstance));
    }

    @Test
    void reportsItsArtifactAndVersionFromThePom() {
        PartneringModule module = new PartneringModule();
        assertEquals("dev.partnering", module.version().getGroupId());
        assertEquals("partnering-jackson3", module.version().getArtifactId());
        // built in one reactor with the Jackson 2 module: the same version
        assertEquals(dev.partnering.jackson.PackageVersion.VERSION.toString(), module.version().toString());
        assertTrue(!module.version().isUnknownVersion());
        assertEquals("PartneringModule", module.getModuleName());
    }

    @Test
    void moneyIsAnAmountAsAStringAndACurrency() {
        String json = mapper.writeValueAsString(Money.of("1500000.00", "SEK"));
        assertEquals("{\"amount\":\"1500000.00\",\"currency\":\"SEK\"}", json);
        assertEquals(Money.of("1500000.00", "SEK"), mapper.readValue(json, Money.class));
        // a JSON number is read exactly, its scale kept, never through double
        assertEquals(Money.of("0.10", "EUR"), mapper.readValue("{\"amount\":0.10,\"currency\":\"EUR\"}", Money.class));
        DatabindException e = assertThrows(DatabindException.class,
                () -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"XYZ\"}", Money.class));
        assertTrue(e.getMessage().contains("currency 'XYZ' is not an ISO-4217 currency code"), e.getMessage());
    }

    @Test
    void reportingPeriodsAreTheirText() {
        for (String p : new String[] {"2026-03", "2026-Q1", "2026"}) {
            assertEquals("\"" + p + "\"", mapper.writeValueAsString(ReportingPeriod.parse(p)));
            assertEquals(ReportingPeriod.parse(p), mapper.readValue("\"" + p + "\"", ReportingPeriod.class));
        }
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue("\"2026-13\"", ReportingPeriod.class));
        assertTrue(e.getMessage().contains("\"2026-13\" is not a reporting period"), e.getMessage());
    }

    @Test
    void decimalsAreStringsKeepingTheirScaleWithinTheFormatsLimits() {
        ObjectMapper decimals = JsonMapper.builder().addModule(new SimpleModule()
                .addSerializer(BigDecimal.class, Scalars.DecimalSerializer.INSTANCE)
                .addDeserializer(BigDecimal.class, Scalars.DecimalDeserializer.INSTANCE)).build();
        assertEquals("\"99.50\"", decimals.writeValueAsString(new BigDecimal("99.50")));
        assertEquals("\"1E+3\"", decimals.writeValueAsString(new BigDecimal("1E+3")));
        assertEquals(new BigDecimal("99.50"), decimals.readValue("\"99.50\"", BigDecimal.class));
        assertEquals(new BigDecimal("99.50"), decimals.readValue("99.50", BigDecimal.class));
        DatabindException huge = assertThrows(DatabindException.class, () -> decimals.readValue("\"1e1000000\"", BigDecimal.class));
        assertTrue(huge.getMessage().contains("is beyond the limits: at most 100 significant digits and a scale from -100 "
                + "to 100"), huge.getMessage());
        DatabindException text = assertThrows(DatabindException.class, () -> decimals.readValue("\"NaN\"", BigDecimal.class));
        assertTrue(text.getMessage().contains("\"NaN\" is not a decimal number"), text.getMessage());
    }

    @Test
    void theModuleLeavesTheUsersOwnDecimalsAlone() {
        // registered by type are only the SDK's own scalars: a plain BigDecimal is written as the mapper has it
        assertEquals("99.50", mapper.writeValueAsString(new BigDecimal("99.50")));
    }
}
