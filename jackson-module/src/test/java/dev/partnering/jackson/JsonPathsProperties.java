package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written check of plain field names agrees with the pattern that specifies it. */
class JsonPathsProperties {

    @Property
    void isPlainAgreesWithThePattern(@ForAll @StringLength(max = 8) @Chars({'a', 'Z', '0', '_', '$', ':', '@', '#', '+',
            '-', '.', ' ', '\'', '[', 'é', '\\'}) String name) {
        assertEquals(JsonPaths.PLAIN.matcher(name).matches(), JsonPaths.isPlain(name), name);
    }

    @Test
    void pathsOfPlainAndOddNames() {
        assertEquals("$.agreement.kpis", JsonPaths.field("$.agreement", "kpis"));
        assertEquals("$.allocations['kpi 1']", JsonPaths.field("$.allocations", "kpi 1"));
        assertEquals("$['it''s']".replace("''", "\\'"), JsonPaths.field("$", "it's"));
        assertEquals("$['']", JsonPaths.field("$", ""));
    }
}
