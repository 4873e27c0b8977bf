package dev.partnering.jackson;

import java.io.IOException;

/**
 * Writes one value of the SDK as JSON, including the braces of an object.
 *
 * @param <T>  the type written
 */
@FunctionalInterface
interface ValueWriter<T> {

    /**
     * @param out  where to write, not null
     * @param value  the value, not null
     * @throws IOException if the generator fails
     */
    void write(Out out, T value) throws IOException;
}
