package dev.partnering.jackson3;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The Jackson 3 ({@code tools.jackson}) module of the partnering SDK. Register it with
 * {@code JsonMapper.builder().addModule(new PartneringModule()).build()}, or let
 * {@code MapperBuilder.findAndAddModules()} find it through {@code META-INF/services}.
 * <p>
 * It registers the scalars of the format (FORMAT.md): {@link Money} as
 * {@code {"amount": "1500000.00", "currency": "SEK"}} and {@link ReportingPeriod} as
 * {@code "2026-03"}, by type; {@link Scalars.DecimalSerializer} and
 * {@link Scalars.DecimalDeserializer} for the decimals of the domain's value types, which the
 * module's mix-ins name per property, so that the user's own {@code BigDecimal}s are left as the
 * user's mapper has them. Nothing else is enabled on the user's mapper.
 * <p>
 * The mix-ins of the value types ({@code com.fasterxml.jackson.annotation} only, which Jackson 2
 * and Jackson 3 share) are registered from one table, {@link #MIX_INS}, that the Jackson 2 module
 * registers too.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringModule extends JacksonModule {

    /** The module's name as Jackson reports it. */
    public static final String NAME = "PartneringModule";

    /**
     * The mix-ins: domain type to the annotation-only class that describes its JSON. Shared with
     * the Jackson 2 module; empty until the value types' mix-ins move to the common artifact.
     */
    static final Map<Class<?>, Class<?>> MIX_INS = Collections.unmodifiableMap(new LinkedHashMap<>());

    /** Creates the module. */
    public PartneringModule() {
        // stateless
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
    public Object getRegistrationId() {
        return NAME;
    }

    @Override
    public void setupModule(SetupContext context) {
        Objects.requireNonNull(context, "context");
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Money.class, Scalars.MoneySerializer.INSTANCE);
        serializers.addSerializer(ReportingPeriod.class, Scalars.ReportingPeriodSerializer.INSTANCE);
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Money.class, Scalars.MoneyDeserializer.INSTANCE);
        deserializers.addDeserializer(ReportingPeriod.class, Scalars.ReportingPeriodDeserializer.INSTANCE);
        context.addDeserializers(deserializers);
        MIX_INS.forEach(context::setMixIn);
    }

    @Override
    public String toString() {
        return NAME + " " + version();
    }
}
