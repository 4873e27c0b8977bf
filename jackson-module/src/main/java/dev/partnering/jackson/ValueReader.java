package dev.partnering.jackson;

/**
 * Reads one value of the SDK from a JSON tree. A reader records every problem it finds with the
 * {@link In} it was given and then either returns a complete value or throws {@link Reading.Abort};
 * it never returns a half-built value.
 *
 * @param <T>  the type read
 */
@FunctionalInterface
interface ValueReader<T> {

    /**
     * @param in  the JSON value and its path, not null
     * @return the value, never null
     * @throws Reading.Abort if a problem was recorded and no value can be built
     */
    T read(In in);
}
