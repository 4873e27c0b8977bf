package dev.partnering.jackson;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.jackson.common.internal.Results;
import dev.partnering.jackson.common.mixin.PartneringMixins;

/**
 * The Jackson 2 module of the partnering SDK: every public value type and result of
 * {@code partnering-core} to and from JSON, without a single Jackson annotation in the core.
 * Register it with {@code new ObjectMapper().registerModule(new PartneringModule())}, let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}, or take
 * a mapper with sane input limits from {@link PartneringJson#mapper()}.
 * <p>
 * The format (see {@code FORMAT.md}): camelCase field names; decimals and money amounts as
 * strings ({@code {"amount": "1500000.00", "currency": "SEK"}}), JSON numbers accepted and read
 * exactly, never through {@code double}; ISO-8601 dates, instants, periods ({@code P3Y}) and
 * durations ({@code P10D}); reporting periods as {@code 2026-03}, {@code 2026-Q1}, {@code 2026};
 * enums by their constant names ({@code HIGHER_IS_BETTER}); members of closed families (incentive
 * components, aggregation rules, bounds, …) by a lower-kebab {@code "type"}, never by Java class
 * name; {@link PartneringDocument} for versioned top-level documents.
 * <p>
 * Reading builds every value through the SDK's public builders and factories, so every rule of
 * the domain is checked; every failure is a {@link PartneringJsonException} listing every problem
 * with its JSON path. Results — scorecards of several parties or scopes, term status, health,
 * trust, governance, readiness, action, risk and backlog reports, balances, simulations,
 * back-tests, standings — are written only, through the annotation-only mix-ins of
 * {@link dev.partnering.jackson.common.mixin.ResultMixins}: they are computed from inputs they do not all
 * hold (a trust report leaves out the answers to protect anonymity), so compute them again
 * instead; reading one fails, saying so. What a later computation continues from is read and
 * written: scorecards (an incentive period holds one), incentive statements and the statements
 * of several suppliers, opening balances. Fields the format does not define are refused unless
 * {@link Feature#FAIL_ON_UNKNOWN_FIELDS} is disabled — whatever the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} says, because a partnering document is
 * a contract between systems.
 * <p>
 * The JSON shape of the SDK's value types is given by mix-ins
 * ({@link dev.partnering.jackson.common.mixin.PartneringMixins}, Jackson's shared annotations only) that
 * {@link #setupModule} registers, with small serializers for the format's scalars that apply to the
 * SDK's own types only.
 * <p>
 * A user's own {@link IncentiveComponent} type is registered with
 * {@link #withComponent(String, Class, JsonSerializer, JsonDeserializer)}. A mapper holds one
 * {@code PartneringModule}: Jackson ignores a second registration of the module type, so register
 * the configured module rather than (or before) calling {@code findAndRegisterModules()}.
 * <p>
 * This class is immutable and thread-safe: configuration methods return a new module.
 *
 * @since 0.1.0
 */
public final class PartneringModule extends Module {

    /** The module's name as Jackson reports it. */
    public static final String NAME = "PartneringModule";

    /**
     * On/off options of the module.
     *
     * @since 0.1.0
     */
    public enum Feature {
        /**
         * Refuse a field the format does not define (on by default). When off, such fields are
         * ignored, e.g. fields an integrating system adds for its own use.
         */
        FAIL_ON_UNKNOWN_FIELDS(true);

        private final boolean enabledByDefault;

        Feature(boolean enabledByDefault) {
            this.enabledByDefault = enabledByDefault;
        }

        /** @return true if the feature is on unless disabled */
        public boolean enabledByDefault() {
            return enabledByDefault;
        }
    }

    private final Set<Feature> enabled;
    private final Components components;

    /** Creates the module with the default features and the SDK's five incentive component types. */
    public PartneringModule() {
        this(defaults(), Components.builtIn());
    }

    private PartneringModule(Set<Feature> enabled, Components components) {
        this.enabled = enabled;
        this.components = components;
    }

    private static Set<Feature> defaults() {
        Set<Feature> s = EnumSet.noneOf(Feature.class);
        for (Feature f : Feature.values()) {
            if (f.enabledByDefault()) {
                s.add(f);
            }
        }
        return s;
    }

    /**
     * @param feature  the feature, not null
     * @return a module like this one with the feature on, never null
     */
    public PartneringModule enable(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        Set<Feature> s = EnumSet.noneOf(Feature.class);
        s.addAll(enabled);
        s.add(feature);
        return new PartneringModule(s, components);
    }

    /**
     * @param feature  the feature, not null
     * @return a module like this one with the feature off, never null
     */
    public PartneringModule disable(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        Set<Feature> s = EnumSet.noneOf(Feature.class);
        s.addAll(enabled);
        s.remove(feature);
        return new PartneringModule(s, components);
    }

    /**
     * @param feature  the feature, not null
     * @return true if the feature is on
     */
    public boolean isEnabled(Feature feature) {
        return enabled.contains(Objects.requireNonNull(feature, "feature"));
    }

    /**
     * Returns a module that also reads and writes a user's own incentive component type.
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
     */
    public <T extends IncentiveComponent> PartneringModule withComponent(String type, Class<T> componentClass,
            JsonSerializer<T> serializer, JsonDeserializer<T> deserializer) {
        return new PartneringModule(enabled, components.with(type, componentClass, serializer, deserializer));
    }

    /** @return the incentive component type names the module reads and writes, the SDK's first, never null */
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

    /** @return the class name: Jackson registers one module of this type per mapper, the first one */
    @Override
    public Object getTypeId() {
        return PartneringModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        boolean failOnUnknownFields = isEnabled(Feature.FAIL_ON_UNKNOWN_FIELDS);
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(dev.partnering.money.Money.class, Writing.MONEY);
        serializers.addSerializer(dev.partnering.period.ReportingPeriod.class, Writing.REPORTING_PERIOD);
        serializers.addSerializer(PartneringDocument.class, new Documents.Writer());
        SimpleDeserializers deserializers = new SimpleDeserializers();
        java.util.Set<Class<?>> built = new java.util.HashSet<>(dev.partnering.jackson.common.mixin.BuilderMixins.read());
        built.add(PartneringDocument.class);
        Map<Class<?>, JsonDeserializer<?>> alone = new java.util.HashMap<>();
        Results.refusals().forEach((type, refusal) -> {
            JsonDeserializer<Object> refusing = Guard.refusing(type, refusal);
            if (built.contains(type)) {
                alone.put(type, refusing); // read by Jackson inside the value holding it only
            } else {
                add(deserializers, type, refusing);
            }
        });
        // the one scalar of the SDK that is a JSON string outside its values too (money is read by its creator)
        deserializers.addDeserializer(dev.partnering.period.ReportingPeriod.class, reportingPeriods());
        components.setup(context, serializers, deserializers);
        Map<Class<?>, Class<?>> mixins = PartneringMixins.all();
        mixins.forEach(context::setMixInAnnotations);
        dev.partnering.jackson.common.mixin.BuilderMixins.all().forEach((type, mixin) -> {
            if (!mixins.containsKey(type)) {
                context.setMixInAnnotations(type, mixin);
            }
        });
        context.insertAnnotationIntrospector(new Builders.Introspector());
        context.addValueInstantiators(new Builders.Instantiators());
        // outside the guard: a type read only inside the value holding it is refused on its own
        context.addBeanDeserializerModifier(Guard.insideOnly(alone));
        context.addBeanDeserializerModifier(Guard.modifier(Builders::isSdk));
        context.addDeserializationProblemHandler(Guard.unknownFields(failOnUnknownFields, Builders::isSdk));
        context.addSerializers(serializers);
        context.addSerializers(Writing.publicTypes(mixins));
        context.addBeanSerializerModifier(Writing.properties());
        context.addBeanSerializerModifier(ExplanationDepth.modifier());
        @SuppressWarnings("unchecked")
        JsonDeserializer<PartneringDocument> documents = (JsonDeserializer<PartneringDocument>) (JsonDeserializer<?>)
                new Guard.Guarded(new Documents.Reader(failOnUnknownFields), "PartneringDocument", false);
        deserializers.addDeserializer(PartneringDocument.class, documents);
        context.addDeserializers(deserializers);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(SimpleDeserializers deserializers, Class<?> type, JsonDeserializer<?> deserializer) {
        deserializers.addDeserializer((Class) type, (JsonDeserializer) deserializer);
    }

    @SuppressWarnings("unchecked")
    private static JsonDeserializer<dev.partnering.period.ReportingPeriod> reportingPeriods() {
        return (JsonDeserializer<dev.partnering.period.ReportingPeriod>) (JsonDeserializer<?>) new Guard.Guarded(
                Strict.of(com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance()
                        .constructType(dev.partnering.period.ReportingPeriod.class)), "ReportingPeriod");
    }

    /** @return e.g. {@code PartneringModule 0.1.0-SNAPSHOT [FAIL_ON_UNKNOWN_FIELDS] components [gain-share, …]} */
    @Override
    public String toString() {
        return NAME + " " + PackageVersion.VERSION + " " + enabled + " components " + components.types();
    }
}
