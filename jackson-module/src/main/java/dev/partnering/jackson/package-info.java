/**
 * JSON for the partnering SDK through Jackson 2. Register {@link dev.partnering.jackson.PartneringModule}
 * with an {@code ObjectMapper} (or let {@code findAndRegisterModules()} discover it); the core stays
 * free of Jackson annotations.
 */
package dev.partnering.jackson;
