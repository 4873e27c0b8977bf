package dev.partnering.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.immutables.value.Value;

import dev.partnering.ValidationException;

/**
 * The one Immutables style of the SDK, applied to whole packages through their
 * {@code package-info.java}.
 * <p>
 * Generated implementations stay package-private: the public API is the abstract value type with
 * its {@code builder()} and nested {@code Builder}. Builders are strict (every attribute set once),
 * generated code uses only the JDK ({@code jdkOnly}) so Guava on a user's classpath never leaks
 * in, and a value with a required attribute missing fails with a {@link ValidationException}.
 * Source retention: the annotation never reaches the compiled classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        jdkOnly = true,
        get = {"is*", "get*"},
        defaults = @Value.Immutable(copy = false),
        throwForInvalidImmutableState = ValidationException.class,
        throwForNullPointer = ValidationException.class,
        allowedClasspathAnnotations = {Override.class})
public @interface PartneringStyle {
}
