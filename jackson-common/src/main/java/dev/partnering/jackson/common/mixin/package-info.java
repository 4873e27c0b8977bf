/**
 * The JSON shape of the SDK's value types as Jackson mix-ins that use only the
 * {@code com.fasterxml.jackson.annotation} annotations, which Jackson 2 and Jackson 3 share: field
 * names and order, and the {@code "type"} names of the closed families. {@link
 * dev.partnering.jackson.common.mixin.PartneringMixins#all()} lists them; a module registers each with
 * {@code SetupContext.setMixInAnnotations}. Nothing here depends on {@code jackson-databind}, so a
 * Jackson 3 module can register the same classes.
 *
 * @since 0.1.0
 */
package dev.partnering.jackson.common.mixin;
