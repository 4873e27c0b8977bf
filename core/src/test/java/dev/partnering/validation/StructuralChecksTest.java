package dev.partnering.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;

/**
 * Each value lists its structural checks explicitly in its {@code @Value.Check} (the core uses no
 * reflection). This test, which may use reflection, guards those lists against an attribute added
 * later and forgotten: for every generated value type, building with nothing set names every
 * required attribute that has no default at its own path with rule "required", and a decimal
 * attribute beyond the bounds is named at its path.
 */
class StructuralChecksTest {

    private static final BigDecimal HUGE = new BigDecimal("1E+30");

    /** The abstract value types with an Immutables implementation, found in the compiled core. */
    private static List<Class<?>> valueTypes() {
        return dev.partnering.CoreClasses.imported().stream()
                .filter(c -> c.getSimpleName().startsWith("Immutable") && !c.isNestedClass())
                .map(JavaClass::reflect)
                .filter(c -> Modifier.isAbstract(c.getSuperclass().getModifiers()) || c.getInterfaces().length > 0)
                .map(c -> Modifier.isAbstract(c.getSuperclass().getModifiers()) ? c.getSuperclass() : c.getInterfaces()[0])
                .sorted(java.util.Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    /** Abstract accessors of a type and its supertypes: the attributes without a default. */
    private static Map<String, Class<?>> abstractAttributes(Class<?> type) {
        Map<String, Class<?>> found = accessors(type);
        found.values().removeIf(java.util.Objects::isNull);
        return found;
    }

    /** No-argument methods of a type and its supertypes, the return type of those still abstract. */
    private static Map<String, Class<?>> accessors(Class<?> type) {
        Map<String, Class<?>> found = new java.util.TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    if (!found.containsKey(m.getName())) {
                        // implemented (null): a default, derived or no attribute
                        found.put(m.getName(), Modifier.isAbstract(m.getModifiers()) ? m.getReturnType() : null);
                    }
                }
            }
            if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(List.of(c.getInterfaces()));
        }
        return found;
    }

    /** The type's builder: its own {@code builder()}, the generated one, or the generated nested builder. */
    private static Object builderOf(Class<?> type) throws ReflectiveOperationException {
        Class<?> impl = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
        for (Class<?> c : List.of(type, impl)) {
            try {
                Method builder = c.getDeclaredMethod("builder");
                if (Modifier.isStatic(builder.getModifiers())) {
                    builder.setAccessible(true);
                    return builder.invoke(null);
                }
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        var constructor = Class.forName(impl.getName() + "$Builder").getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Method method(Object target, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(name, parameters);
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static List<Violation> build(Object builder) throws ReflectiveOperationException {
        try {
            method(builder, "build").invoke(builder);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                return v.violations();
            }
            throw new AssertionError(builder.getClass().getName() + ": not a ValidationException", e.getCause());
        }
        return List.of();
    }

    private static boolean structural(Class<?> t) {
        return !t.isPrimitive() && !Optional.class.isAssignableFrom(t) && !Collection.class.isAssignableFrom(t)
                && !Map.class.isAssignableFrom(t);
    }

    @Test
    void everyRequiredAttributeWithoutADefaultIsNamedWhenMissing() throws ReflectiveOperationException {
        List<Class<?>> types = valueTypes();
        assertTrue(types.size() >= 35, "found only " + types);
        for (Class<?> type : types) {
            Set<String> expected = new TreeSet<>();
            abstractAttributes(type).forEach((name, t) -> {
                if (structural(t)) {
                    expected.add(name);
                }
            });
            List<Violation> found = build(builderOf(type));
            Set<String> named = found.stream().filter(v -> v.rule().contains("is required"))
                    .map(Violation::path).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, named, type.getName() + ": " + found);
        }
    }

    @Test
    void everyDecimalAndAmountBeyondTheBoundsIsNamed() throws ReflectiveOperationException {
        // every attribute the builder sets from a decimal or an amount: required, optional or defaulted
        Map<Class<?>, Object> huge = Map.of(BigDecimal.class, HUGE, Money.class, Money.of(HUGE, Money.currency("SEK")));
        int checked = 0;
        for (Class<?> type : valueTypes()) {
            for (String name : accessors(type).keySet()) {
                for (Map.Entry<Class<?>, Object> value : huge.entrySet()) {
                    Object builder = builderOf(type);
                    Method set;
                    try {
                        set = method(builder, name, value.getKey());
                    } catch (NoSuchMethodException e) {
                        continue;
                    }
                    set.invoke(builder, value.getValue());
                    List<Violation> found = build(builder);
                    assertTrue(found.stream().anyMatch(v -> v.path().equals(name) && v.rule().contains("out of bounds")),
                            type.getName() + "." + name + ": " + found);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 30, "checked only " + checked + " decimals and amounts");
    }
}
