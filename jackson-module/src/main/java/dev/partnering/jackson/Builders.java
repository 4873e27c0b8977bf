package dev.partnering.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

import dev.partnering.jackson.common.mixin.BuilderMixins;

/**
 * Jackson's builder-based deserialization for the SDK's values, without an annotation in the core:
 * which builder reads a value type and how it is named ({@link BuilderMixins}), how a builder is
 * made (its value type's {@code builder()}; the builders are interfaces), and the module's strict
 * scalars ({@link Strict}) for the fields of the SDK's types and their elements.
 */
final class Builders {

    private Builders() {
    }

    /** @return true for the SDK's own types, never the user's or the module's */
    static boolean isSdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("dev.partnering.") && !n.startsWith("dev.partnering.jackson.");
    }

    /**
     * Values read only inside another, by their names: an answer names its dimension by id, which
     * only the survey that holds it resolves, so answers and responses are read within a survey.
     */
    static final java.util.Map<String, String> WITHIN = java.util.Map.of("Answer", "SurveyResponse", "SurveyResponse",
            "TrustSurvey");

    /** Why a value of {@link #WITHIN} is not read on its own, by its name. */
    static final java.util.Map<String, String> WHY_WITHIN = java.util.Map.of(
            "Answer", "an answer names its dimension by id; read the TrustSurvey that holds it, which defines its dimensions",
            "SurveyResponse", "its answers name their dimensions by id; read the TrustSurvey that holds it, which defines"
                    + " its dimensions");

    /** The introspector that names each value type's builder and gives the SDK's fields strict scalars. */
    static final class Introspector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Version version() {
            return PackageVersion.VERSION;
        }

        @Override
        public Class<?> findPOJOBuilder(AnnotatedClass ac) {
            BuilderMixins.Binding b = BuilderMixins.bindings().get(ac.getRawType());
            return b == null ? null : b.builder();
        }

        @Override
        public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
            return BuilderMixins.ofBuilder(ac.getRawType()) == null ? null : new JsonPOJOBuilder.Value("build", "");
        }

        @Override
        public Object findDeserializer(Annotated a) {
            JavaType t = sdkMemberType(a);
            if (t == null) {
                return null;
            }
            if (a.hasAnnotation(com.fasterxml.jackson.annotation.JsonIdentityReference.class)) {
                return Strict.byId(t);
            }
            if (t.getRawClass() == java.util.Optional.class) {
                return new OptionalOf(t.containedTypeOrUnknown(0), null);
            }
            if (t.isCollectionLikeType() && t.getContentType().getRawClass() == dev.partnering.incentive.AppliedCap.class) {
                return new CapsOrWords();
            }
            if (t.isPrimitive() && Strict.of(t) != null) {
                return new Primitive(Strict.of(t), null);
            }
            if (t.isMapLikeType()) {
                return new UniqueKeysOf();
            }
            return Strict.of(t);
        }

        @Override
        public Object findContentDeserializer(Annotated a) {
            JavaType t = sdkMemberType(a);
            if (t == null) {
                return null;
            }
            JavaType content = t.isContainerType() ? t.getContentType()
                    : t.getRawClass() == Iterable.class ? t.containedTypeOrUnknown(0) : null;
            return content == null ? null : Strict.of(content);
        }

        /** A builder's {@code addAll…(Iterable)} reads a JSON array as a list. */
        @Override
        public JavaType refineDeserializationType(com.fasterxml.jackson.databind.cfg.MapperConfig<?> config, Annotated a,
                JavaType baseType) {
            if (baseType.getRawClass() == Iterable.class && sdkMemberType(a) != null) {
                JavaType content = baseType.containedTypeOrUnknown(0);
                JavaType list = config.getTypeFactory().constructCollectionType(java.util.List.class, content);
                // Jackson attaches a content deserializer to container types only, and an Iterable is none:
                // the elements' strict scalar is attached here (else a number would be read as a string)
                Object strict = Strict.of(content);
                return strict == null ? list : list.withContentValueHandler(strict);
            }
            return baseType;
        }

        /** @return the declared type of a field, setter parameter or creator parameter of one of the SDK's types, or null */
        private static JavaType sdkMemberType(Annotated a) {
            if (!(a instanceof AnnotatedMember m) || !isSdk(m.getDeclaringClass())) {
                return null;
            }
            if (a instanceof AnnotatedMethod method) {
                return method.getParameterCount() == 1 ? method.getParameterType(0) : null;
            }
            return a.getType();
        }
    }

    /**
     * An optional parameter of a record's constructor or a static factory of the SDK (e.g. a target
     * change's stretch): absent is empty; JSON {@code null} is given to the record as null, which it
     * refuses; a value is read as its type is (a scalar strictly).
     */
    static final class OptionalOf extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<java.util.Optional<?>>
            implements com.fasterxml.jackson.databind.deser.ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final JavaType content;
        private final transient com.fasterxml.jackson.databind.JsonDeserializer<?> value;

        OptionalOf(JavaType content, com.fasterxml.jackson.databind.JsonDeserializer<?> value) {
            super(java.util.Optional.class);
            this.content = content;
            this.value = value;
        }

        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext ctxt,
                com.fasterxml.jackson.databind.BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
            com.fasterxml.jackson.databind.JsonDeserializer<?> strict = Strict.of(content);
            return new OptionalOf(content, strict != null ? strict : ctxt.findContextualValueDeserializer(content, property));
        }

        @Override
        public java.util.Optional<?> deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
                throws java.io.IOException {
            return java.util.Optional.ofNullable(value.deserialize(p, ctxt));
        }

        @Override
        public java.util.Optional<?> getNullValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A primitive field of the SDK (a whole number, true or false), strict: {@code null} is refused as
     * the wrong kind of value, and a primitive parameter of a record's constructor or a static
     * factory that is absent is refused in the core's words ({@code optionNumber is required: null is
     * not allowed}) instead of becoming 0 or false.
     */
    static final class Primitive extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<Object>
            implements com.fasterxml.jackson.databind.deser.ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient com.fasterxml.jackson.databind.JsonDeserializer<?> strict;
        private final transient com.fasterxml.jackson.databind.BeanProperty property;

        Primitive(com.fasterxml.jackson.databind.JsonDeserializer<?> strict,
                com.fasterxml.jackson.databind.BeanProperty property) {
            super(strict.handledType());
            this.strict = strict;
            this.property = property;
        }

        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext ctxt,
                com.fasterxml.jackson.databind.BeanProperty property) {
            return new Primitive(strict, property);
        }

        @Override
        public Object deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
                throws java.io.IOException {
            return strict.deserialize(p, ctxt);
        }

        /** JSON {@code null}: refused by the strict scalar as the wrong kind of value. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            try {
                return strict.deserialize(ctxt.getParser(), ctxt);
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                throw e;
            } catch (java.io.IOException e) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(ctxt, e.getMessage(), e);
            }
        }

        @Override
        public com.fasterxml.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return com.fasterxml.jackson.databind.util.AccessPattern.DYNAMIC;
        }

        /** An absent parameter of a creator: required, like every field without a default. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            String name = property == null ? "value" : property.getName();
            String subject = property == null || property.getMember() == null ? "value"
                    : property.getMember().getDeclaringClass().getSimpleName();
            throw com.fasterxml.jackson.databind.JsonMappingException.from(ctxt, name + " is required",
                    new dev.partnering.ValidationException(subject, java.util.List.of(dev.partnering.Violation.of(name, null,
                            name + " is required: null is not allowed"))));
        }
    }

    /**
     * The caps applied to a component's outcome: each as figures, or as words as 0.1 snapshots wrote
     * them, which had no figures to read and are left out (their words are in the outcome's
     * explanation). Each cap is read by Jackson's guarded deserializer, at its own path.
     */
    static final class CapsOrWords extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<
            java.util.List<dev.partnering.incentive.AppliedCap>> {
        private static final long serialVersionUID = 1L;

        CapsOrWords() {
            super(java.util.List.class);
        }

        @Override
        public java.util.List<dev.partnering.incentive.AppliedCap> deserialize(com.fasterxml.jackson.core.JsonParser p,
                DeserializationContext ctxt) throws java.io.IOException {
            if (!p.isExpectedStartArrayToken()) {
                return ctxt.reportInputMismatch(ctxt.constructType(java.util.List.class), "expected an array, found %s",
                        Strict.found(p));
            }
            java.util.List<dev.partnering.incentive.AppliedCap> caps = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
                    t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
                    return ctxt.reportInputMismatch(ctxt.constructType(dev.partnering.incentive.AppliedCap.class),
                            "expected an applied cap, found null");
                }
                dev.partnering.incentive.AppliedCap cap = t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? null
                        : ctxt.readValue(p, dev.partnering.incentive.AppliedCap.class);
                if (cap != null) {
                    caps.add(cap);
                }
            }
            return caps;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return java.util.List.of();
        }
    }

    /** Makes each builder from its value type's {@code builder()}. */
    static final class Instantiators extends ValueInstantiators.Base {
        @Override
        public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription desc,
                ValueInstantiator defaultInstantiator) {
            BuilderMixins.Binding b = BuilderMixins.ofBuilder(desc.getBeanClass());
            return b == null ? defaultInstantiator : new FromFactory(b);
        }
    }

    private static final class FromFactory extends ValueInstantiator.Base {
        private final BuilderMixins.Binding binding;

        FromFactory(BuilderMixins.Binding binding) {
            super(binding.builder());
            this.binding = binding;
        }

        @Override
        public boolean canCreateUsingDefault() {
            return true;
        }

        @Override
        public boolean canInstantiate() {
            return true;
        }

        @Override
        public Object createUsingDefault(DeserializationContext ctxt) {
            return binding.factory().get();
        }
    }

    /**
     * A map of one of the SDK's values, read by Jackson's map deserializer, with a key given twice
     * refused (Jackson's would keep the last one): the map's own keys are checked as they are read.
     * Everything else (absent, null and empty values) is the map deserializer's.
     */
    static final class UniqueKeys extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        UniqueKeys(com.fasterxml.jackson.databind.JsonDeserializer<?> map) {
            super(map);
        }

        @Override
        protected com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatingInstance(
                com.fasterxml.jackson.databind.JsonDeserializer<?> map) {
            return new UniqueKeys(map);
        }

        @Override
        public Object deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt) throws java.io.IOException {
            Guard.Problems problems = Guard.problems(ctxt);
            return _delegatee.deserialize(problems != null && p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                    ? new Guard.OwnFields(p, problems, java.util.Map.of(), null, null) : p, ctxt);
        }
    }

    /** Stands for {@link UniqueKeys} on a map property until Jackson finds the property's map deserializer. */
    static final class UniqueKeysOf extends com.fasterxml.jackson.databind.JsonDeserializer<Object>
            implements com.fasterxml.jackson.databind.deser.ContextualDeserializer {
        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext ctxt,
                com.fasterxml.jackson.databind.BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
            return new UniqueKeys(ctxt.findContextualValueDeserializer(property.getType(), property));
        }

        @Override
        public Object deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt) {
            throw new IllegalStateException("UniqueKeysOf is replaced by UniqueKeys when contextualised");
        }
    }
}
