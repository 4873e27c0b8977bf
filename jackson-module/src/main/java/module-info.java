/**
 * partnering Jackson module: JSON for the partnering domain types.
 */
module dev.partnering.jackson {
    requires transitive dev.partnering.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive dev.partnering.jackson.common;
    requires com.fasterxml.jackson.dataformat.csv;

    exports dev.partnering.jackson;
    exports dev.partnering.jackson.csv;

    provides com.fasterxml.jackson.databind.Module with dev.partnering.jackson.PartneringModule;
}
