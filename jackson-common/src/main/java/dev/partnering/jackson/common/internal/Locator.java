package dev.partnering.jackson.common.internal;

import java.util.function.ToIntFunction;

/**
 * How to read the line and column of a Jackson line's location type (Jackson 2's
 * {@code JsonLocation}, Jackson 3's {@code TokenStreamLocation}).
 *
 * @param <L>  the location type
 * @param line  the 1-based line of a location, 0 or less if unknown, not null
 * @param column  the 1-based column of a location, not null
 * @param unknown  the location that stands for none ({@code NA}), not null
 */
public record Locator<L>(ToIntFunction<L> line, ToIntFunction<L> column, L unknown) {

    /**
     * @param location  a location, may be null
     * @return true if the location has a line
     */
    public boolean known(L location) {
        return location != null && line.applyAsInt(location) > 0;
    }
}
