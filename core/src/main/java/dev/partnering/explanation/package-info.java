/**
 * Explanations: every calculator result of the SDK says how it was computed. An
 * {@link dev.partnering.explanation.Explanation} is an ordered tree of steps (inputs, rules applied,
 * computations, results, warnings), available as structured data for an ERP to show and as plain
 * text for a person to read. An explanation is at most
 * {@link dev.partnering.explanation.Explanation#MAX_DEPTH} levels deep, and every walk over it is
 * iterative.
 */
package dev.partnering.explanation;
