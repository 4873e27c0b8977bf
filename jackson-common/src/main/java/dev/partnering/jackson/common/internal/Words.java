package dev.partnering.jackson.common.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;

import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.jackson.common.mixin.PartneringMixins;

/**
 * The words of the modules' problems that come from the SDK's types and the mix-ins rather than
 * from a parser: a type's name, what its JSON looks like, the type names of a family, the fields
 * of a value in the format's order, and Jackson's messages in the format's terms.
 */
public final class Words {

    /** The writing mix-ins by the type they annotate. */
    private static final Map<Class<?>, Class<?>> WRITING = Map.copyOf(PartneringMixins.all());

    private Words() {
    }

    /**
     * @param type  one of the SDK's types or its builder, not null
     * @return its name in messages, e.g. {@code Party} or {@code AggregationRule.Percentile}; a builder by its value
     */
    public static String name(Class<?> type) {
        BuilderMixins.Binding b = BuilderMixins.ofBuilder(type);
        Class<?> c = b == null ? type : b.type();
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }

    /**
     * @param type  the Java type a value was to be read as, not null
     * @return what a value of the type looks like in JSON, e.g. {@code an object}, {@code an array}
     */
    public static String expected(Class<?> type) {
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    /**
     * @param typeId  the type id found, not null
     * @param base  the family or member it was to name, null if unknown
     * @return {@code unknown type "x" for AggregationRule; the types are mean, percentile, …}
     */
    public static String unknownType(String typeId, Class<?> base) {
        return "unknown type \"" + Texts.abbreviate(typeId) + "\"" + (base == null ? ""
                : " for " + name(base) + "; the types are " + String.join(", ", typeNames(base)));
    }

    /**
     * @param type  a closed family's interface or one of its members, not null
     * @return the type names of the family, or the member's own, from the mix-ins; empty if none
     */
    public static List<String> typeNames(Class<?> type) {
        Map<Class<?>, Class<?>> mixins = PartneringMixins.all();
        Class<?> mixin = mixins.get(type);
        JsonSubTypes subtypes = mixin == null ? null : mixin.getAnnotation(JsonSubTypes.class);
        List<Class<?>> members = new ArrayList<>();
        if (subtypes != null) {
            for (JsonSubTypes.Type t : subtypes.value()) {
                members.add(t.value());
            }
        } else {
            members.add(type);
        }
        List<String> names = new ArrayList<>();
        for (Class<?> m : members) {
            Class<?> mm = mixins.get(m);
            JsonTypeName n = mm == null ? null : mm.getAnnotation(JsonTypeName.class);
            if (n != null) {
                names.add(n.value());
            }
        }
        return names;
    }

    /**
     * @param names  the names of the fields a value has, may be null
     * @param handled  the type (or builder) read, may be null
     * @return the names, in the order of the builder's mix-in's {@link JsonPropertyOrder}, or else of
     *         the type's writing mix-in's (the others after them, as given), separated by commas; {@code none} if there are none
     */
    public static String fields(Collection<?> names, Class<?> handled) {
        if (names == null || names.isEmpty()) {
            return "none";
        }
        List<String> sorted = new ArrayList<>();
        names.forEach(n -> sorted.add(String.valueOf(n)));
        Class<?> mixin = handled == null ? null : BuilderMixins.all().get(handled);
        JsonPropertyOrder order = mixin == null ? null : mixin.getAnnotation(JsonPropertyOrder.class);
        if (order == null && handled != null && WRITING.containsKey(handled)) {
            // a value made by its creator: the order it is written in
            order = WRITING.get(handled).getAnnotation(JsonPropertyOrder.class);
        }
        if (order != null) {
            List<String> wanted = List.of(order.value());
            sorted.sort(Comparator.comparingInt(n -> wanted.indexOf(n) < 0 ? wanted.size() : wanted.indexOf(n)));
        }
        return String.join(", ", sorted);
    }

    /**
     * @param name  the unknown field's name, not null
     * @param fields  the value's fields, as {@link #fields} gives them, not null
     * @return {@code unknown field 'x'; the fields here are a, b, c}
     */
    public static String unknownField(String name, String fields) {
        return "unknown field '" + Texts.abbreviate(name) + "'; the fields here are " + fields;
    }

    /**
     * @param name  a field's name, not null
     * @return {@code field 'x' appears more than once}
     */
    public static String fieldTwice(String name) {
        return "field '" + Texts.abbreviate(name) + "' appears more than once";
    }

    /**
     * @param what  the name of a type of the SDK, e.g. {@code Measurement}
     * @return {@code expected a Measurement, found null}: JSON {@code null} where a value is read
     */
    public static String nullFound(String what) {
        return "expected " + Texts.article(what) + " " + what + ", found null";
    }

    /**
     * @param type  the type of a field or element, not null
     * @return {@code expected an array, found null}: JSON {@code null} where a list, a map or a scalar is read
     */
    public static String nullFoundFor(Class<?> type) {
        return "expected " + expected(type) + ", found null";
    }

    /**
     * @param message  the original message of a parser's failure, not null
     * @return the name of the field a duplicate-field failure names (Jackson 2's {@code Duplicate field 'x'},
     *         Jackson 3's {@code Duplicate Object property "x"}), or null for any other failure
     */
    public static String duplicateField(String message) {
        if (message.startsWith("Duplicate field '")) {
            return message.substring(17, message.lastIndexOf('\''));
        }
        if (message.startsWith("Duplicate Object property \"")) {
            int open = message.indexOf('"');
            return message.substring(open + 1, message.indexOf('"', open + 1));
        }
        return null;
    }

    /**
     * @param message  the original message of a parser's failure, not null
     * @return true if it is about a string or number longer than the parser allows (located at the value, not after it)
     */
    public static boolean valueTooLong(String message) {
        return message.startsWith("String value length") || message.startsWith("Number value length");
    }

    /**
     * @param c  a value type of the SDK or one of its builders
     * @return true if the value is a member of a closed family named by its {@code "type"} (a family's
     *         interface or class has {@code @JsonTypeInfo} in its mix-in): a {@code "type"} it does not
     *         know is its type id given twice
     */
    public static boolean isFamilyMember(Class<?> c) {
        java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(c));
        java.util.Map<Class<?>, Class<?>> mixins = dev.partnering.jackson.common.mixin.PartneringMixins.all();
        while (!todo.isEmpty()) {
            Class<?> t = todo.pop();
            Class<?> mixin = mixins.get(t);
            if (mixin != null && mixin.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonTypeInfo.class)) {
                return true;
            }
            dev.partnering.jackson.common.mixin.BuilderMixins.Binding binding =
                    dev.partnering.jackson.common.mixin.BuilderMixins.ofBuilder(t);
            if (binding != null) {
                todo.add(binding.type()); // a builder: the value it builds
            } else if (t.getEnclosingClass() != null && t.getSimpleName().equals("Builder")) {
                todo.add(t.getEnclosingClass());
            }
            todo.addAll(List.of(t.getInterfaces()));
            if (t.getSuperclass() != null) {
                todo.add(t.getSuperclass());
            }
        }
        return false;
    }
}
