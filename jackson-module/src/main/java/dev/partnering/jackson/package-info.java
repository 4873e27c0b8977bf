/**
 * JSON for the partnering SDK through Jackson 2. {@link dev.partnering.jackson.PartneringModule}
 * makes every public value type of the core readable and writable, and writes its results (the
 * core stays free of Jackson annotations); {@link dev.partnering.jackson.PartneringDocument} is the versioned
 * top-level document systems exchange; {@link dev.partnering.jackson.PartneringJson} gives a
 * mapper with sane input limits; {@link dev.partnering.jackson.PartneringJsonException} is the one
 * exception reading throws, with every problem, its JSON path and its line and column.
 * <p>
 * Limits. Whatever the mapper, the module itself allows per value read at most
 * {@value dev.partnering.jackson.PartneringJson#MAX_NESTING_DEPTH} levels of nesting and decimals of
 * at most {@value dev.partnering.jackson.PartneringJson#MAX_DECIMAL_DIGITS} significant digits, a
 * scale within ±{@value dev.partnering.jackson.PartneringJson#MAX_DECIMAL_SCALE} and
 * {@value dev.partnering.jackson.PartneringJson#MAX_DECIMAL_TEXT_LENGTH} characters. The lengths of
 * strings, numbers, field names and documents are Jackson's {@code StreamReadConstraints}:
 * {@link dev.partnering.jackson.PartneringJson#mapper()} sets them tight (strings of at most
 * {@value dev.partnering.jackson.PartneringJson#MAX_STRING_LENGTH} characters, numbers of
 * {@value dev.partnering.jackson.PartneringJson#MAX_NUMBER_LENGTH}, names of
 * {@value dev.partnering.jackson.PartneringJson#MAX_NAME_LENGTH}, nesting of
 * {@value dev.partnering.jackson.PartneringJson#MAPPER_MAX_NESTING_DEPTH} levels, documents of
 * {@value dev.partnering.jackson.PartneringJson#MAX_DOCUMENT_LENGTH} bytes); a mapper of your own
 * keeps Jackson's defaults unless you set them. A broken limit is reported as a
 * {@code PartneringJsonException} at the value that broke it. Messages never grow with the input:
 * a rejected value is echoed by its first 40 characters and its length.
 */
package dev.partnering.jackson;
