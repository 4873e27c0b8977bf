/**
 * JSON for the partnering SDK through Jackson 2. {@link dev.partnering.jackson.PartneringModule}
 * makes every public value type and result of the core readable and writable (the core stays free
 * of Jackson annotations); {@link dev.partnering.jackson.PartneringDocument} is the versioned
 * top-level document systems exchange; {@link dev.partnering.jackson.PartneringJson} gives a
 * mapper with sane input limits; {@link dev.partnering.jackson.PartneringJsonException} is the one
 * exception reading throws, with every problem and its JSON path.
 */
package dev.partnering.jackson;
