package dev.partnering.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.money.Money;

/**
 * The checks every value of the SDK passes before its own rules: no required attribute is null
 * (missing or set to null), no collection holds a null, and every decimal (also inside
 * {@link Money}, an {@link Optional} or a collection) is within the {@linkplain Limits bounds}.
 * <p>
 * Generated builders accept nulls and missing attributes ({@code ValidationMethod.NONE} in
 * {@link PartneringStyle}), so that a value's {@code @Value.Check} sees every problem at once and
 * reports them together. Attributes are found once per type, by reflection over the generated
 * implementation's fields; an attribute whose accessor returns an {@code Optional} may be absent.
 * Thread-safe.
 */
public final class Attributes {

    private static final ClassValue<List<Attribute>> ATTRIBUTES = new ClassValue<>() {
        @Override
        protected List<Attribute> computeValue(Class<?> type) {
            return scan(type);
        }
    };

    /** What is checked of an attribute, decided once per type from its field's declared type. */
    private enum Kind {
        /** Required, never a decimal: only present. */
        PRESENT,
        /** Anything that may hold a decimal or a null element (a decimal, money, a collection...). */
        DEEP,
        /** Optional and never a decimal: nothing to check. */
        NONE
    }

    private record Attribute(Field field, boolean optional, Kind kind) {
    }

    private Attributes() {
    }

    /**
     * Records a violation for each null required attribute, null element and out-of-bounds
     * decimal of a value being built.
     *
     * @param v  the collector, not null
     * @param value  the value whose {@code @Value.Check} runs, not null
     * @return true if nothing was recorded, so that the value's own rules can run on non-null, bounded attributes
     */
    public static boolean check(Violations v, Object value) {
        boolean ok = true;
        for (Attribute a : ATTRIBUTES.get(value.getClass())) {
            if (a.kind == Kind.NONE) {
                continue;
            }
            Object x = read(a.field, value);
            String path = a.field.getName();
            if (x == null) {
                if (!a.optional) {
                    v.required(path, null);
                    ok = false;
                }
            } else if (a.kind == Kind.DEEP) {
                ok &= element(v, path, x);
            }
        }
        return ok;
    }

    /**
     * Checks a value like {@link #check(Violations, Object)} and throws at once if anything was
     * found: for values whose own rules need every attribute present and bounded.
     *
     * @param value  the value whose {@code @Value.Check} runs, not null
     * @param subject  what is being built, for the message, not null
     * @throws ValidationException listing every null and out-of-bounds attribute
     */
    public static void require(Object value, String subject) {
        Violations v = Violations.of(subject);
        if (!check(v, value)) {
            v.throwIfAny();
        }
    }

    private static boolean element(Violations v, String path, Object x) {
        if (x instanceof BigDecimal d) {
            return Limits.check(v, path, d);
        }
        if (x instanceof Money m) {
            return Limits.check(v, path, m.amount());
        }
        if (x instanceof Optional<?> o) {
            return o.isEmpty() || element(v, path, o.get());
        }
        if (x instanceof Collection<?> c) {
            boolean ok = true;
            int i = 0;
            for (Object e : c) {
                String p = path + "[" + i++ + "]";
                ok &= e == null ? v.required(p, null) : element(v, p, e);
            }
            return ok;
        }
        if (x instanceof Map<?, ?> map) {
            boolean ok = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String p = path + "[" + Limits.show(e.getKey()) + "]";
                ok &= e.getKey() == null ? v.required(path + " key", null) : element(v, p, e.getKey());
                ok &= e.getValue() == null ? v.required(p, null) : element(v, p, e.getValue());
            }
            return ok;
        }
        return true;
    }

    private static Object read(Field f, Object value) {
        try {
            return f.get(value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read attribute " + f.getName(), e);
        }
    }

    private static List<Attribute> scan(Class<?> type) {
        List<Attribute> found = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || f.getType().isPrimitive()) {
                continue;
            }
            f.setAccessible(true);
            boolean optional = isOptional(type, f.getName());
            found.add(new Attribute(f, optional, kindOf(f.getType(), optional)));
        }
        return List.copyOf(found);
    }

    private static Kind kindOf(Class<?> type, boolean optional) {
        boolean flat = type == String.class || type.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(type)
                || type == java.time.Period.class || type == java.time.Duration.class
                || type.getName().startsWith("dev.partnering.") && type != Money.class && type != Object.class
                        && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
        if (flat) {
            // a value of the SDK checks its own decimals when it is built; text, enums and dates hold none
            return optional ? Kind.NONE : Kind.PRESENT;
        }
        return Kind.DEEP;
    }

    private static boolean isOptional(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    return Optional.class.isAssignableFrom(m.getReturnType());
                }
            }
        }
        return false;
    }
}
