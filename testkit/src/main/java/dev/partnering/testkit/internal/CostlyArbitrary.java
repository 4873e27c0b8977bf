package dev.partnering.testkit.internal;

import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * An arbitrary whose every value is built on a whole agreement or a whole survey, so each value,
 * and each edge case, is costly to build. jqwik would build hundreds of edge cases for every value
 * of an enclosing {@code flatMap}; a few are enough, since the parts' own edge cases already reach
 * the bounds of every knob.
 *
 * @param <T>  the type of the values
 */
abstract class CostlyArbitrary<T> extends ArbitraryDecorator<T> {

    /** The most edge cases of such an arbitrary. */
    static final int EDGE_CASES = 16;

    @Override
    public EdgeCases<T> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, EDGE_CASES));
    }

    @Override
    public RandomGenerator<T> generatorWithEmbeddedEdgeCases(int genSize) {
        return generator(genSize).withEdgeCases(genSize, edgeCases(EDGE_CASES));
    }
}
