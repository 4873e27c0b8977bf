package dev.partnering.jackson3;

import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Fields the format no longer has, still read from older documents and then ignored, as the
 * Jackson 2 module reads them: a service-credit table repeated its KPI's direction before 0.2. The
 * field must still be what it was (a direction), or it is a problem of the read like any other.
 * Registered after {@link Guard#unknownFields}, so that Jackson asks it first.
 */
final class Obsolete extends DeserializationProblemHandler {

    private static final Map<Class<?>, Map<String, Class<?>>> FIELDS = Map.of(
            dev.partnering.incentive.ServiceCreditTiers.Builder.class, Map.of("direction", dev.partnering.kpi.Direction.class));

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) {
        Class<?> c = beanOrClass instanceof Class<?> k ? k : beanOrClass == null ? Object.class : beanOrClass.getClass();
        for (Map.Entry<Class<?>, Map<String, Class<?>>> e : FIELDS.entrySet()) {
            Class<?> type = e.getKey().isAssignableFrom(c) ? e.getValue().get(propertyName) : null;
            if (type != null) {
                // read and ignored, but it must still be what it was
                Strict.of(ctxt.constructType(type)).deserialize(p, ctxt);
                return true;
            }
        }
        return false;
    }
}
