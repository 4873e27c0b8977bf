package dev.partnering.internal;

import java.util.Objects;

/**
 * A capability a public type hands to the core's other packages without making it public API (the
 * JDK's "shared secrets" pattern): the type's static initialiser installs it, a class in a
 * non-exported package reads it. Used for what only the SDK may make: lazy explanation steps,
 * reports read back from JSON. This class is thread-safe.
 *
 * @param <T>  the capability, usually a factory
 */
public final class Secret<T> {

    private final Class<?> owner;
    private volatile T value;

    /**
     * @param owner  the class whose static initialiser installs the capability, not null
     */
    public Secret(Class<?> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /**
     * Called once, by the owner's static initialiser.
     *
     * @param capability  the capability, not null
     * @throws IllegalStateException if one is already installed
     */
    public synchronized void install(T capability) {
        Objects.requireNonNull(capability, "capability");
        if (value != null) {
            throw new IllegalStateException(owner.getName() + " has already installed its capability");
        }
        value = capability;
    }

    /**
     * @return the capability, initialising the owner first if needed, never null
     */
    public T get() {
        T v = value;
        if (v == null) {
            try {
                Class.forName(owner.getName(), true, owner.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            v = value;
        }
        return Objects.requireNonNull(v, () -> owner.getName() + " installed no capability");
    }
}
