/**
 * partnering Jackson common: what the Jackson 2 module ({@code dev.partnering.jackson}) and the
 * Jackson 3 module ({@code dev.partnering.jackson3}) share: the mix-ins that say the JSON format with
 * the annotations both Jackson lines use; the CSV column mappings, problems and row rules; and the
 * Jackson-free half of reading and writing JSON (messages, paths, scalars, problems, document kinds).
 */
module dev.partnering.jackson.common {
    requires transitive dev.partnering.core;
    requires transitive com.fasterxml.jackson.annotation;

    exports dev.partnering.jackson.common.csv;
    exports dev.partnering.jackson.common.mixin;
    opens dev.partnering.jackson.common.mixin to com.fasterxml.jackson.databind, tools.jackson.databind;
    exports dev.partnering.jackson.common.csv.internal to dev.partnering.jackson, dev.partnering.jackson3;
    exports dev.partnering.jackson.common.internal to dev.partnering.jackson, dev.partnering.jackson3;
}
