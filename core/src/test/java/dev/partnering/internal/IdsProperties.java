package dev.partnering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written id check agrees with the pattern that specifies it. */
class IdsProperties {

    @Property
    void isValidAgreesWithThePattern(@ForAll @StringLength(max = 70) @Chars({'a', 'Z', '0', '9', '.', '_', '-', ' ', '/',
            'é', '\'', ':'}) String id) {
        assertEquals(Ids.ID.matcher(id).matches(), Ids.isValid(id), id);
    }
}
