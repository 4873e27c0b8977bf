/**
 * Explanations: every calculator result of the SDK says how it was computed. An
 * {@link dev.partnering.explanation.Explanation} is an ordered tree of steps (inputs, rules applied,
 * computations, results, warnings), available as structured data for an ERP to show and as plain
 * text for a person to read.
 */
package dev.partnering.explanation;
