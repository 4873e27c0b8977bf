package dev.partnering.testkit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales a property's explicit {@code @Property(tries = n)} by the system property
 * {@code partnering.tries.factor} (1 in the default build, 10 under {@code -Pthorough}), so that the long runs
 * reach every property, not only those at jqwik's default tries ({@code jqwik.tries.default}, raised by the same
 * profile). Add it to a class with {@code @AddLifecycleHook(ThoroughTries.class)}.
 * A copy of {@code dev.partnering.ThoroughTries} in the core's tests: the testkit's tests do not depend on the
 * core's test classes.
 */
public final class ThoroughTries implements AroundPropertyHook {

    /** The system property that multiplies explicit tries. */
    public static final String FACTOR = "partnering.tries.factor";

    /** @return the factor explicit tries are multiplied by, at least 1 */
    public static int factor() {
        String value = System.getProperty(FACTOR, "1").trim();
        return value.isEmpty() ? 1 : Math.max(1, Integer.parseInt(value));
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes attributes = context.attributes();
        int factor = factor();
        attributes.tries().filter(t -> factor > 1).ifPresent(t -> attributes.setTries(Math.multiplyExact(t, factor)));
        return property.execute();
    }

    @Override
    public PropagationMode propagateTo() {
        // registered on a class, it applies to every property in it and in its nested classes
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        // outermost: the tries must be set before jqwik's own hooks read them
        return -100;
    }
}
