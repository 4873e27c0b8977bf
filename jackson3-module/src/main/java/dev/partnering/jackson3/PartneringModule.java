package dev.partnering.jackson3;

import java.util.Map;
import java.util.Objects;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.jackson.common.mixin.PartneringMixins;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * The Jackson 3 ({@code tools.jackson}) module of the partnering SDK. Register it with
 * {@code JsonMapper.builder().addModule(new PartneringModule()).build()}, or let
 * {@code MapperBuilder.findAndAddModules()} find it through {@code META-INF/services}.
 * <p>
 * The format is the Jackson 2 module's (FORMAT.md in {@code partnering-jackson}), from the same
 * annotation-only mix-ins of {@code dev.partnering.jackson.common.mixin}: {@code PartneringMixins}
 * and {@code ResultMixins} say how a value is written, {@code BuilderMixins} which builder or
 * creator reads it. Writing goes through Jackson's bean serializers (decimals as strings, absent
 * optional values left out, enums by their names, dates and periods in ISO-8601); reading through
 * the SDK's builders, so every rule of the domain is checked, every problem of a document reported
 * at once with its JSON path in one {@link PartneringJsonException}. Documents with their format
 * version are {@link PartneringDocument}s. Money is written as
 * {@code {"amount": "1500000.00", "currency": "SEK"}} and reporting periods as {@code "2026-03"};
 * {@link Scalars.DecimalSerializer} and {@link Scalars.DecimalDeserializer} are there for a user who
 * wants the format's decimals on their own {@code BigDecimal}s, which the module leaves alone.
 * <p>
 * A type of the SDK that the mix-ins do not describe yet (the Jackson 2 module still reads or writes
 * it by hand) is refused with a message naming it, never guessed from its accessors; see the
 * module's README for which documents that leaves out today.
 * <p>
 * This class is immutable and thread-safe: configuration methods return a new module.
 *
 * @since 0.1.0
 */
public final class PartneringModule extends JacksonModule {

    /** The module's name as Jackson reports it. */
    public static final String NAME = "PartneringModule";

    /**
     * On/off options of the module.
     *
     * @since 0.1.0
     */
    public enum Feature {
        /**
         * Refuse a field the format does not define (on by default), whatever the mapper's
         * {@code FAIL_ON_UNKNOWN_PROPERTIES} says. When off, such fields are ignored.
         */
        FAIL_ON_UNKNOWN_FIELDS
    }

    private final boolean failOnUnknownFields;

    /** Creates the module with the default features. */
    public PartneringModule() {
        this(true);
    }

    private PartneringModule(boolean failOnUnknownFields) {
        this.failOnUnknownFields = failOnUnknownFields;
    }

    /**
     * @param feature  the feature, not null
     * @return a module like this one with the feature on, never null
     */
    public PartneringModule enable(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return new PartneringModule(true);
    }

    /**
     * @param feature  the feature, not null
     * @return a module like this one with the feature off, never null
     */
    public PartneringModule disable(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return new PartneringModule(false);
    }

    /**
     * @param feature  the feature, not null
     * @return true if the feature is on
     */
    public boolean isEnabled(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return failOnUnknownFields;
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
        Map<Class<?>, Class<?>> mixins = PartneringMixins.all();
        mixins.forEach(context::setMixIn);
        BuilderMixins.all().forEach((type, mixin) -> {
            if (!mixins.containsKey(type)) {
                context.setMixIn(type, mixin);
            }
        });
        context.insertAnnotationIntrospector(new Builders.Introspector());
        context.addValueInstantiators(new Builders.Instantiators());
        context.addDeserializerModifier(Guard.modifier(Builders::isSdk));
        context.addHandler(Guard.unknownFields(failOnUnknownFields, Builders::isSdk));
        context.addSerializerModifier(Writing.properties());
        context.addSerializerModifier(ExplanationDepth.modifier());

        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Money.class, Scalars.MoneySerializer.INSTANCE);
        serializers.addSerializer(ReportingPeriod.class, Scalars.ReportingPeriodSerializer.INSTANCE);
        serializers.addSerializer(PartneringDocument.class, new Documents.Writer());
        context.addSerializers(NotYet.serializers(mixins));
        context.addSerializers(Writing.publicTypes(mixins));
        context.addSerializers(serializers);

        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(ReportingPeriod.class, Scalars.ReportingPeriodDeserializer.INSTANCE);
        @SuppressWarnings("unchecked")
        ValueDeserializer<PartneringDocument> documents = (ValueDeserializer<PartneringDocument>) (ValueDeserializer<?>)
                new Guard.Guarded(new Documents.Reader(failOnUnknownFields), "PartneringDocument", false);
        deserializers.addDeserializer(PartneringDocument.class, documents);
        context.addDeserializers(NotYet.deserializers());
        context.addDeserializers(deserializers);
    }

    /** @return e.g. {@code PartneringModule 0.1.0-SNAPSHOT [FAIL_ON_UNKNOWN_FIELDS]} */
    @Override
    public String toString() {
        return NAME + " " + version() + (failOnUnknownFields ? " [FAIL_ON_UNKNOWN_FIELDS]" : " []");
    }
}
