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
 * its {@code builder()} and nested {@code public interface Builder}, which the generated builder
 * implements (so no generated class appears in a public signature). Builders are strict (every attribute set once;
 * a second set is an {@code IllegalStateException}, which Immutables does not let a style change),
 * and generated code uses only the JDK ({@code jdkOnly}) so Guava on a user's classpath never leaks
 * in. Builders do not check nulls or missing attributes themselves ({@code ValidationMethod.NONE}):
 * every value's {@code @Value.Check} reports them explicitly through {@link Violations#required}
 * (and its {@code requiredAll}, {@code requiredEntries}), with the rule
 * "required" at the attribute's path (a null list element at its index) and together with its
 * other violations. A null given to an optional attribute's setter is refused at once, as a
 * {@link ValidationException} naming the attribute ({@code throwForNullPointer}).
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
