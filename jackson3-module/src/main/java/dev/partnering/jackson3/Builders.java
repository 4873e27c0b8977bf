package dev.partnering.jackson3;

import java.util.List;

import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

import dev.partnering.jackson.common.mixin.BuilderMixins;

/**
 * Jackson's builder-based deserialization for the SDK's values, without an annotation in the core
 * (the Jackson 3 twin of the Jackson 2 module's class of the same name): which builder reads a
 * value type ({@link BuilderMixins}), how a builder is made (its value type's {@code builder()}),
 * and the module's strict scalars ({@link Strict}) for the fields of the SDK's types and their elements.
 */
final class Builders {

    private Builders() {
    }

    /** @return true for the SDK's own types, never the user's or the modules' */
    static boolean isSdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("dev.partnering.") && !n.startsWith("dev.partnering.jackson");
    }

    /** Names each value type's builder and gives the SDK's fields strict scalars. */
    static final class Introspector extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Version version() {
            return PackageVersion.VERSION;
        }

        @Override
        public Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass ac) {
            BuilderMixins.Binding b = BuilderMixins.bindings().get(ac.getRawType());
            // a type Jackson 3 does not read yet has no builder here, so that NotYet's refusal is found
            return b == null || !NotYet.readable(ac.getRawType()) ? null : b.builder();
        }

        @Override
        public JsonPOJOBuilder.Value findPOJOBuilderConfig(MapperConfig<?> config, AnnotatedClass ac) {
            return BuilderMixins.ofBuilder(ac.getRawType()) == null ? null : new JsonPOJOBuilder.Value("build", "");
        }

        @Override
        public Object findDeserializer(MapperConfig<?> config, Annotated a) {
            JavaType t = sdkMemberType(a);
            if (t != null && a.hasAnnotation(com.fasterxml.jackson.annotation.JsonIdentityReference.class)
                    && t.getRawClass() == dev.partnering.trust.TrustDimension.class) {
                return Surveys.DimensionById.INSTANCE; // an answer's dimension, by id (resolved by its survey)
            }
            if (t == null) {
                return null;
            }
            if (t.getRawClass() == java.util.Optional.class) {
                return new OptionalOf(t.containedTypeOrUnknown(0), null);
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
        public Object findContentDeserializer(MapperConfig<?> config, Annotated a) {
            JavaType t = sdkMemberType(a);
            if (t == null) {
                return null;
            }
            JavaType content = t.isContainerType() ? t.getContentType()
                    : t.getRawClass() == Iterable.class ? t.containedTypeOrUnknown(0) : null;
            return content == null ? null : Strict.of(content);
        }

        /** The SDK's fields in the mix-ins' order, whatever the mapper's (Jackson 3 sorts alphabetically by default). */
        @Override
        public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated a) {
            return a instanceof AnnotatedClass c && isSdk(c.getRawType()) ? Boolean.FALSE : null;
        }

        /** A builder's {@code addAll…(Iterable)} reads a JSON array as a list. */
        @Override
        public JavaType refineDeserializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
            if (baseType.getRawClass() == Iterable.class && sdkMemberType(a) != null) {
                return config.getTypeFactory().constructCollectionType(List.class, baseType.containedTypeOrUnknown(0));
            }
            return baseType;
        }

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
     * An optional parameter of a record's constructor or a static factory of the SDK (e.g. a remedy
     * follow-up's due date), as the Jackson 2 module reads it: absent is empty; JSON {@code null} is
     * given to the record as null, which it refuses; a value is read as its type is (a scalar strictly).
     */
    static final class OptionalOf extends tools.jackson.databind.deser.std.StdDeserializer<java.util.Optional<?>> {
        private final JavaType content;
        private final tools.jackson.databind.ValueDeserializer<?> value;

        OptionalOf(JavaType content, tools.jackson.databind.ValueDeserializer<?> value) {
            super(java.util.Optional.class);
            this.content = content;
            this.value = value;
        }

        @Override
        public tools.jackson.databind.ValueDeserializer<?> createContextual(DeserializationContext ctxt,
                tools.jackson.databind.BeanProperty property) {
            tools.jackson.databind.ValueDeserializer<?> strict = Strict.of(content);
            return new OptionalOf(content, strict != null ? strict : ctxt.findContextualValueDeserializer(content, property));
        }

        @Override
        public java.util.Optional<?> deserialize(tools.jackson.core.JsonParser p, DeserializationContext ctxt) {
            return java.util.Optional.ofNullable(value.deserialize(p, ctxt));
        }

        @Override
        public java.util.Optional<?> getNullValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public tools.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return tools.jackson.databind.util.AccessPattern.CONSTANT;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A primitive field of the SDK (a whole number, true or false), strict, as the Jackson 2 module
     * reads it: {@code null} is refused as the wrong kind of value, and a primitive parameter of a
     * record's constructor or a static factory that is absent is refused in the core's words
     * ({@code optionNumber is required: null is not allowed}) instead of becoming 0 or false.
     */
    static final class Primitive extends tools.jackson.databind.deser.std.StdDeserializer<Object> {
        private final tools.jackson.databind.ValueDeserializer<?> strict;
        private final tools.jackson.databind.BeanProperty property;

        Primitive(tools.jackson.databind.ValueDeserializer<?> strict, tools.jackson.databind.BeanProperty property) {
            super(strict.handledType());
            this.strict = strict;
            this.property = property;
        }

        @Override
        public tools.jackson.databind.ValueDeserializer<?> createContextual(DeserializationContext ctxt,
                tools.jackson.databind.BeanProperty property) {
            return new Primitive(strict, property);
        }

        @Override
        public Object deserialize(tools.jackson.core.JsonParser p, DeserializationContext ctxt) {
            return strict.deserialize(p, ctxt);
        }

        /** JSON {@code null}: refused by the strict scalar as the wrong kind of value. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return strict.deserialize(ctxt.getParser(), ctxt);
        }

        @Override
        public tools.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return tools.jackson.databind.util.AccessPattern.DYNAMIC;
        }

        /** An absent parameter of a creator: required, like every field without a default. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            String name = property == null ? "value" : property.getName();
            String subject = property == null || property.getMember() == null ? "value"
                    : property.getMember().getDeclaringClass().getSimpleName();
            throw tools.jackson.databind.DatabindException.from(ctxt, name + " is required",
                    new dev.partnering.ValidationException(subject, List.of(dev.partnering.Violation.of(name, null,
                            name + " is required: null is not allowed"))));
        }
    }

    /** Makes each builder from its value type's {@code builder()}. */
    static final class Instantiators extends ValueInstantiators.Base {
        @Override
        public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier desc) {
            BuilderMixins.Binding b = BuilderMixins.ofBuilder(desc.getBeanClass());
            return b == null ? null : new FromFactory(b);
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
     * refused (Jackson's would keep the last one). Everything else is the map deserializer's.
     */
    static final class UniqueKeys extends tools.jackson.databind.deser.std.DelegatingDeserializer {
        UniqueKeys(tools.jackson.databind.ValueDeserializer<?> map) {
            super(map);
        }

        @Override
        protected tools.jackson.databind.ValueDeserializer<?> newDelegatingInstance(
                tools.jackson.databind.ValueDeserializer<?> map) {
            return new UniqueKeys(map);
        }

        @Override
        public Object deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
            Guard.Problems problems = Guard.problems(ctxt);
            return _delegatee.deserialize(problems != null && p.currentToken() == tools.jackson.core.JsonToken.START_OBJECT
                    ? new Guard.OwnFields(p, problems, java.util.Map.of(), null, null) : p, ctxt);
        }
    }

    /** Stands for {@link UniqueKeys} on a map property until Jackson finds the property's map deserializer. */
    static final class UniqueKeysOf extends tools.jackson.databind.ValueDeserializer<Object> {
        @Override
        public tools.jackson.databind.ValueDeserializer<?> createContextual(
                tools.jackson.databind.DeserializationContext ctxt, tools.jackson.databind.BeanProperty property) {
            return new UniqueKeys(ctxt.findContextualValueDeserializer(property.getType(), property));
        }

        @Override
        public Object deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
            throw new IllegalStateException("UniqueKeysOf is replaced by UniqueKeys when contextualised");
        }
    }
}
