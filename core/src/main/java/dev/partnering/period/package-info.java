/**
 * Reporting periods: a month, a quarter or a year, as the contract measures and settles them. A
 * period is a closed range of days from its first to its last day, ordered, and knows the periods
 * of a finer granularity it contains (a quarter's three months), which pro-rata fees and
 * rolling windows rely on. Every value is immutable and thread-safe.
 */
package dev.partnering.period;
