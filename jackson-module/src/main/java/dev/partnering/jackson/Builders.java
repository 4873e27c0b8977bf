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
            return a.hasAnnotation(com.fasterxml.jackson.annotation.JsonIdentityReference.class) ? Strict.byId(t)
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
