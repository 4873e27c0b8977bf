package dev.partnering.jackson.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** JSON paths: plain names as they are, any other quoted so that the name can be read back, long paths cut. */
class PathsProperties {

    @Property
    void isPlainAgreesWithThePattern(@ForAll @StringLength(max = 8) @Chars({'a', 'Z', '0', '_', '$', ':', '@', '#', '+',
            '-', '.', ' ', '\'', '[', 'é', '\\'}) String name) {
        assertEquals(Paths.PLAIN.matcher(name).matches(), Paths.isPlain(name), name);
    }

    @Property
    void aFieldNameCanBeReadBackFromItsPath(@ForAll @StringLength(max = Texts.WORD_LENGTH)
            @Chars({'a', '1', '.', ' ', '\'', '\\', '[', ']', '-'}) String name) {
        String path = Paths.field("$.x", name);
        String back;
        if (path.startsWith("$.x.")) {
            back = path.substring(4);
        } else {
            assertTrue(path.startsWith("$.x['") && path.endsWith("']"), path);
            back = path.substring(5, path.length() - 2).replace("\\'", "'").replace("\\\\", "\\");
        }
        assertEquals(name, back);
    }

    @Property
    void aLongPathIsCutToItsStartAndLength(@ForAll @StringLength(max = 600) @Chars({'a', '.', '[', '0', ']'}) String tail) {
        String path = "$" + tail;
        String shown = Paths.abbreviate(path);
        if (path.length() <= Paths.MESSAGE_PATH_LENGTH) {
            assertEquals(path, shown);
        } else {
            assertEquals(path.substring(0, Paths.MESSAGE_PATH_LENGTH - 40) + "… (" + path.length() + " characters)", shown);
        }
    }

    @Test
    void fieldsIndicesAndDomainPaths() {
        assertEquals("$.agreement.kpis", Paths.field("$.agreement", "kpis"));
        assertEquals("$.allocations['kpi 1']", Paths.field("$.allocations", "kpi 1"));
        assertEquals("$['it\\'s']", Paths.field(Paths.ROOT, "it's"));
        assertEquals("$.kpis[2]", Paths.index("$.kpis", 2));
        assertEquals("$.agreement.governance.roles[3]", Paths.append("$.agreement", "governance.roles[3]"));
        assertEquals("$.kpis[0][1]", Paths.append("$.kpis[0]", "[1]"));
        assertEquals("$.agreement", Paths.append("$.agreement", ""));
        // a name longer than a word is abbreviated: 101 a's, the first 40 and the length
        assertEquals("$['" + "a".repeat(40) + "… (101 characters)']", Paths.field("$", "a".repeat(101)));
    }
}
