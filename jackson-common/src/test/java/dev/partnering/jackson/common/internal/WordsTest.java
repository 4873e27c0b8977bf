package dev.partnering.jackson.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.partnering.jackson.common.mixin.BuilderMixins;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;

/** The words that come from the SDK's types and the mix-ins. */
class WordsTest {

    @Test
    void theFieldsOfEveryBuilderAreListedInItsMixinsOrder() {
        int checked = 0;
        for (Map.Entry<Class<?>, Class<?>> e : BuilderMixins.all().entrySet()) {
            JsonPropertyOrder order = e.getValue().getAnnotation(JsonPropertyOrder.class);
            if (order == null || order.value().length < 2) {
                continue;
            }
            List<String> shuffled = new ArrayList<>(List.of(order.value()));
            Collections.reverse(shuffled);
            shuffled.add("zzExtra"); // a name the order does not know goes last
            assertEquals(String.join(", ", order.value()) + ", zzExtra", Words.fields(shuffled, e.getKey()), e.getKey().getName());
            checked++;
        }
        assertTrue(checked > 10, "builders with an order: " + checked);
        assertEquals("none", Words.fields(List.of(), Object.class));
        assertEquals("b, a", Words.fields(List.of("b", "a"), Object.class)); // no mix-in: as given
    }

    @Test
    void namesAndTypeNamesFromTheMixins() {
        assertEquals("AggregationRule.Percentile", Words.name(AggregationRule.Percentile.class));
        assertEquals(List.of("mean", "sum", "min", "max", "last", "ratio", "percentile"), Words.typeNames(AggregationRule.class));
        assertEquals("unknown type \"median\" for AggregationRule; the types are mean, sum, min, max, last, ratio, percentile",
                Words.unknownType("median", AggregationRule.class));
        assertEquals("unknown type \"median\"", Words.unknownType("median", null));
    }

    @Test
    void whatAValueLooksLike() {
        assertEquals("an array", Words.expected(List.class));
        assertEquals("an array", Words.expected(int[].class));
        assertEquals("a string", Words.expected(Direction.class));
        assertEquals("true or false", Words.expected(boolean.class));
        assertEquals("a number", Words.expected(int.class));
        assertEquals("a number", Words.expected(BigDecimal.class));
        assertEquals("an object", Words.expected(AggregationRule.class));
    }

    @Test
    void theFieldsADuplicateFailureNamesInBothJacksonLines() {
        assertEquals("it's", Words.duplicateField("Duplicate field 'it's'")); // Jackson 2
        assertEquals("kpiId", Words.duplicateField("Duplicate Object property \"kpiId\" (for ...)")); // Jackson 3
        assertNull(Words.duplicateField("Unexpected character"));
        assertEquals("field 'a' appears more than once", Words.fieldTwice("a"));
        assertEquals("unknown field 'valu'; the fields here are kpiId, value", Words.unknownField("valu", "kpiId, value"));
        assertTrue(Words.valueTooLong("String value length (20000001) exceeds the maximum allowed"));
    }
}
