/**
 * partnering Jackson module: JSON for the partnering domain types.
 */
module dev.partnering.jackson {
    requires transitive dev.partnering.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.partnering.jackson;

    provides com.fasterxml.jackson.databind.Module with dev.partnering.jackson.PartneringModule;
}
