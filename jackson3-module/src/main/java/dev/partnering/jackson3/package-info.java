/**
 * The partnering SDK on Jackson 3 ({@code tools.jackson}): {@link dev.partnering.jackson3.PartneringModule}
 * writes and reads the JSON format of {@code partnering-jackson} (FORMAT.md) from the same shared
 * mix-ins ({@code dev.partnering.jackson.common.mixin}), byte for byte, with every problem of a
 * document in one {@link dev.partnering.jackson3.PartneringJsonException} with its JSON path, and
 * versioned documents as {@link dev.partnering.jackson3.PartneringDocument}. Types the mix-ins do not
 * describe yet are refused by name (see the module's README); CSV reading is in
 * {@code dev.partnering.jackson3.csv}.
 */
package dev.partnering.jackson3;
