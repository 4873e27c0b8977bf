package dev.partnering.jackson;

/**
 * What a {@link PartneringModule} was configured with, shared by its serializers and
 * deserializers. Immutable and thread-safe.
 *
 * @param failOnUnknownFields  true to refuse fields the format does not define
 */
record ModuleConfig(boolean failOnUnknownFields) {
}
