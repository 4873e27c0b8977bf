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
            return t == null ? null : t.getRawClass() == java.util.Optional.class ? new OptionalValue(t.containedTypeOrUnknown(0))
                    : Strict.of(t);
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
                return config.getTypeFactory().constructCollectionType(java.util.List.class,
                        baseType.containedTypeOrUnknown(0));
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
     * An optional component of one of the SDK's records (read through its constructor): empty when
     * the field is absent; JSON {@code null} is given to the record as null, which it refuses.
     */
    static final class OptionalValue extends com.fasterxml.jackson.databind.deser.std.StdDeserializer<java.util.Optional<?>> {
        private static final long serialVersionUID = 1L;
        private final JavaType content;

        OptionalValue(JavaType content) {
            super(java.util.Optional.class);
            this.content = content;
        }

        @Override
        public java.util.Optional<?> deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext ctxt)
                throws java.io.IOException {
            com.fasterxml.jackson.databind.JsonDeserializer<?> scalar = Strict.of(content);
            return java.util.Optional.ofNullable(scalar != null ? scalar.deserialize(p, ctxt) : ctxt.readValue(p, content));
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<?> getNullValue(DeserializationContext ctxt) {
            return null;
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
}
