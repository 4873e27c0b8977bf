package dev.partnering.jackson;

import java.util.Map;

/**
 * Closed families of values written as objects with a {@code "type"} field naming the member,
 * e.g. {@code {"type": "percentile", "p": "95"}}. Type names are lower-kebab and never Java class
 * names.
 */
final class Families {

    private Families() {
    }

    /**
     * @param noun  what the family is, e.g. {@code "aggregation rule"}
     * @param members  the reader of each member by type name, in the order the message lists them
     * @return a reader that dispatches on the {@code "type"} field
     */
    static <T> ValueReader<T> byType(String noun, Map<String, ValueReader<? extends T>> members) {
        return in -> {
            in.object(article(noun) + " " + noun);
            String type = in.req("type", Scalars.TEXT);
            if (type == null) {
                throw Reading.Abort.INSTANCE;
            }
            ValueReader<? extends T> member = members.get(type);
            if (member == null) {
                in.reading.problem(JsonPaths.field(in.path(), "type"), "unknown " + noun + " type \""
                        + JsonTree.abbreviate(type) + "\"; the types are " + String.join(", ", members.keySet()));
                throw Reading.Abort.INSTANCE;
            }
            return member.read(in);
        };
    }

    /**
     * @param type  the member class a caller asked for, not null
     * @param family  the family's reader, not null
     * @return a reader of the family that also requires the given member
     */
    static <T> ValueReader<T> member(Class<T> type, ValueReader<?> family) {
        return in -> {
            Object value = family.read(in);
            if (!type.isInstance(value)) {
                throw in.fail("expected a " + type.getSimpleName() + ", found a " + value.getClass().getSimpleName());
            }
            return type.cast(value);
        };
    }

    static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** @return the name of one of the SDK's types in messages, e.g. {@code Party} or {@code AggregationRule.Percentile}; a builder by its value */
    static String name(Class<?> type) {
        dev.partnering.jackson.common.mixin.BuilderMixins.Binding b = dev.partnering.jackson.common.mixin.BuilderMixins.ofBuilder(type);
        Class<?> c = b == null ? type : b.type();
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }

    /** @return what a value of the type looks like in JSON, e.g. {@code an object}, {@code an array} */
    static String expected(Class<?> type) {
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }
}
