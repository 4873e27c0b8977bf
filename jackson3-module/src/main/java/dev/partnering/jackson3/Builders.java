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
            return t == null ? null : Strict.of(t);
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
}
