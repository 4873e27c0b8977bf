/**
 * partnering Jackson 3 module: the partnering scalars for Jackson 3 ({@code tools.jackson}) and
 * measurements, breach events and cost outcomes from CSV.
 */
module dev.partnering.jackson3 {
    requires transitive dev.partnering.core;
    requires transitive dev.partnering.jackson.common;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;

    exports dev.partnering.jackson3;
    exports dev.partnering.jackson3.csv;

    provides tools.jackson.databind.JacksonModule with dev.partnering.jackson3.PartneringModule;
}
