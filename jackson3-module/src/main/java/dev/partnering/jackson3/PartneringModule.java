package dev.partnering.jackson3;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import dev.partnering.jackson.common.internal.Results;
import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.jackson.common.mixin.PartneringMixins;
import dev.partnering.incentive.IncentiveComponent;
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
 * A type of the SDK that the mix-ins do not describe is refused with a message naming it, never
 * guessed from its accessors; see the module's README for what that leaves out today (every type is
 * written, every document Jackson 2 reads is read).
 * <p>
 * A user's own {@link IncentiveComponent} type is registered with
 * {@link #withComponent(String, Class, ValueSerializer, ValueDeserializer)}, as with the Jackson 2 module.
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
    private final Components components;

    /** Creates the module with the default features and the SDK's five incentive component types. */
    public PartneringModule() {
        this(true, Components.builtIn());
    }

    private PartneringModule(boolean failOnUnknownFields, Components components) {
        this.failOnUnknownFields = failOnUnknownFields;
        this.components = components;
    }

    /**
     * @param feature  the feature, not null
     * @return a module like this one with the feature on, never null
     */
    public PartneringModule enable(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return new PartneringModule(true, components);
    }

    /**
     * @param feature  the feature, not null
     * @return a module like this one with the feature off, never null
     */
    public PartneringModule disable(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return new PartneringModule(false, components);
    }

    /**
     * @param feature  the feature, not null
     * @return true if the feature is on
     */
    public boolean isEnabled(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return failOnUnknownFields;
    }

    /**
     * Returns a module that also reads and writes a user's own incentive component type, as the
     * Jackson 2 module's {@code withComponent} does, in the same format.
     * <p>
     * In JSON the component is an object whose {@code "type"} is {@code type} (the value its
     * {@link IncentiveComponent#type()} returns) followed by the fields the serializer writes; the
     * serializer writes one JSON object without a {@code "type"} field, and the deserializer is
     * given that object without its {@code "type"}. A {@link dev.partnering.ValidationException}
     * the deserializer throws (e.g. from the component's builder) is reported like the SDK's own,
     * with JSON paths; read the SDK's values inside it with {@code ctxt.readValue(p, Money.class)}
     * at their field so that their problems carry the field's path too. Which fields the component
     * accepts is the deserializer's decision: {@link Feature#FAIL_ON_UNKNOWN_FIELDS} applies to the
     * SDK's own types.
     *
     * @param type  the type name, lower-kebab (e.g. {@code volume-rebate}), not one of the SDK's or
     *        already registered, not null
     * @param componentClass  the component's class, not overlapping a registered one, not null
     * @param serializer  writes the component's fields as one JSON object, not null
     * @param deserializer  reads them back, not null
     * @param <T>  the component type
     * @return a module like this one with the type added, never null
     * @throws IllegalArgumentException if the name is not lower-kebab or already taken, or the class
     *         overlaps a registered one
     * @since 0.1.0
     */
    public <T extends IncentiveComponent> PartneringModule withComponent(String type, Class<T> componentClass,
            ValueSerializer<T> serializer, ValueDeserializer<T> deserializer) {
        return new PartneringModule(failOnUnknownFields, components.with(type, componentClass, serializer, deserializer));
    }

    /**
     * @return the incentive component type names the module reads and writes, the SDK's first, never null
     * @since 0.1.0
     */
    public Set<String> componentTypes() {
        return components.types();
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
        // the results, refused in the Jackson 2 module's words; one read inside the value holding it is refused on its own
        SimpleDeserializers deserializers = new SimpleDeserializers();
        Map<Class<?>, ValueDeserializer<?>> alone = new java.util.HashMap<>();
        Results.refusals().forEach((type, refusal) -> {
            ValueDeserializer<Object> refusing = Guard.refusing(type, refusal);
            if (BuilderMixins.read().contains(type)) {
                alone.put(type, refusing);
            } else {
                add(deserializers, type, refusing);
            }
        });
        context.addDeserializerModifier(Guard.insideOnly(alone)); // outside the guard
        context.addDeserializerModifier(Guard.modifier(Builders::isSdk));
        context.addDeserializerModifier(Surveys.insideOnly()); // inside the guard: a refusal is a problem of the read
        context.addHandler(Guard.unknownFields(failOnUnknownFields, Builders::isSdk));
        context.addHandler(new Obsolete()); // asked first: an obsolete field is read and ignored, not unknown
        context.addSerializerModifier(Writing.properties());
        context.addSerializerModifier(ExplanationDepth.modifier());

        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Money.class, Scalars.MoneySerializer.INSTANCE);
        serializers.addSerializer(ReportingPeriod.class, Scalars.ReportingPeriodSerializer.INSTANCE);
        serializers.addSerializer(dev.partnering.trust.Answer.class, Surveys.AnswerSerializer.INSTANCE);
        serializers.addSerializer(PartneringDocument.class, new Documents.Writer());
        components.setup(context, serializers, deserializers);
        context.addSerializers(NotYet.serializers(mixins));
        context.addSerializers(Writing.publicTypes(mixins));
        context.addSerializers(serializers);

        deserializers.addDeserializer(ReportingPeriod.class, Scalars.ReportingPeriodDeserializer.INSTANCE);
        @SuppressWarnings("unchecked")
        ValueDeserializer<PartneringDocument> documents = (ValueDeserializer<PartneringDocument>) (ValueDeserializer<?>)
                new Guard.Guarded(new Documents.Reader(failOnUnknownFields), "PartneringDocument", false);
        deserializers.addDeserializer(PartneringDocument.class, documents);
        context.addDeserializers(NotYet.deserializers());
        context.addDeserializers(deserializers);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(SimpleDeserializers deserializers, Class<?> type, ValueDeserializer<?> deserializer) {
        deserializers.addDeserializer((Class) type, (ValueDeserializer) deserializer);
    }

    /** @return e.g. {@code PartneringModule 0.1.0-SNAPSHOT [FAIL_ON_UNKNOWN_FIELDS] components [gain-share, …]} */
    @Override
    public String toString() {
        return NAME + " " + version() + (failOnUnknownFields ? " [FAIL_ON_UNKNOWN_FIELDS]" : " []") + " components "
                + components.types();
    }
}
