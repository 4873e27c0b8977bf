/**
 * The contract term: a start date, an initial term and ordered extension options, each exercised
 * before its notice deadline. {@link dev.partnering.term.ContractTermCalculator} answers where a term
 * stands on a day (current end, next decision and its deadline, latest possible end, time remaining)
 * and lays out its timeline; everything here is immutable and thread-safe.
 */
@PartneringStyle
package dev.partnering.term;

import dev.partnering.internal.PartneringStyle;
