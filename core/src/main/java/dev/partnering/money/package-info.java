/**
 * Money: an exact amount in one ISO-4217 currency, rounded HALF_EVEN to the currency's minor unit
 * when it comes into being, and split into parts that add up exactly to the whole (largest
 * remainder). Mixing currencies is a {@link dev.partnering.money.CurrencyMismatchException}; a payable
 * amount never carries more decimals than its currency allows. Every value is immutable and
 * thread-safe.
 */
package dev.partnering.money;
