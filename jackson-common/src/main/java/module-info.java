/**
 * partnering Jackson common: what the Jackson 2 module ({@code dev.partnering.jackson}) and the
 * Jackson 3 module ({@code dev.partnering.jackson3}) share and that depends on neither Jackson line:
 * the CSV column mappings, problems and row rules. Requires nothing but the core.
 */
module dev.partnering.jackson.common {
    requires transitive dev.partnering.core;

    exports dev.partnering.jackson.common.csv;
    exports dev.partnering.jackson.common.csv.internal to dev.partnering.jackson, dev.partnering.jackson3;
}
