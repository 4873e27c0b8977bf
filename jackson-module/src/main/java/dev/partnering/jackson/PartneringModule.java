package dev.partnering.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The Jackson 2 module of the partnering SDK. Register it with
 * {@code new ObjectMapper().registerModule(new PartneringModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}.
 * <p>
 * Formats: money as {@code {"amount": "1500000.00", "currency": "SEK"}} (the amount a string so no
 * precision is lost; a JSON number is accepted and read as a decimal, never through
 * {@code double}); reporting periods as {@code "2026-03"}, {@code "2026-Q1"} or {@code "2026"}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringModule extends Module {

    /** The module's name as Jackson reports it. */
    public static final String NAME = "PartneringModule";

    /** Creates the module. */
    public PartneringModule() {
    }

    @Override
    public String getModuleName() {
        return NAME;
    }

    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }

    @Override
    public Object getTypeId() {
        return PartneringModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Money.class, new MoneyJson.Serializer());
        serializers.addSerializer(ReportingPeriod.class, new ReportingPeriodJson.Serializer());
        context.addSerializers(serializers);

        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Money.class, new MoneyJson.Deserializer());
        deserializers.addDeserializer(ReportingPeriod.class, new ReportingPeriodJson.Deserializer());
        context.addDeserializers(deserializers);
    }
}
