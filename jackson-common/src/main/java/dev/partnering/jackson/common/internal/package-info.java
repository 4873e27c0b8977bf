/**
 * What the two Jackson modules share that needs no Jackson type: the text of the format's scalars,
 * the words of messages and their abbreviation, JSON paths, the scalars' parses and decimal limits,
 * the problems of one read and where each is, the exception's text, and the kinds of documents.
 * Each module keeps only the calls into its own Jackson line's API. Exported to the two Jackson
 * modules only; not an API.
 */
package dev.partnering.jackson.common.internal;
