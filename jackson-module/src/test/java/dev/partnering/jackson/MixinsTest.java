package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnering.jackson.common.mixin.PartneringMixins;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.QualifyingCondition;
import dev.partnering.period.ReportingPeriod;

/** The mix-ins: annotations Jackson 2 and 3 share, and writing that touches the SDK's types only. */
class MixinsTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new PartneringModule());

    @Test
    void theMixinsUseOnlyTheAnnotationsJackson2And3Share() {
        Map<Class<?>, Class<?>> mixins = PartneringMixins.all();
        assertTrue(mixins.size() >= 13, mixins.toString());
        List<String> foreign = new ArrayList<>();
        for (Class<?> mixin : mixins.values()) {
            List<Annotation> annotations = new ArrayList<>(List.of(mixin.getAnnotations()));
            for (Method m : mixin.getDeclaredMethods()) {
                annotations.addAll(List.of(m.getAnnotations()));
            }
            for (Annotation a : annotations) {
                if (!a.annotationType().getPackageName().equals("com.fasterxml.jackson.annotation")) {
                    foreign.add(mixin.getSimpleName() + ": " + a);
                }
            }
            // every mix-in names something: a field, a type name or a type id
            assertFalse(annotations.isEmpty(), mixin.getName());
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void aFamilyMemberWrittenOnItsOwnCarriesItsTypeFirst() throws Exception {
        assertEquals("{\"type\":\"percentile\",\"p\":\"90\"}", mapper.writeValueAsString(AggregationRule.percentile(
                new BigDecimal("90"))));
        assertEquals("{\"type\":\"mean\"}", mapper.writeValueAsString(AggregationRule.mean()));
        assertEquals("{\"type\":\"minimum-volume\",\"minimum\":\"20\"}",
                mapper.writeValueAsString(QualifyingCondition.minimumVolume(new BigDecimal("20"))));
    }

    @Test
    void aMeasurementIsWrittenInFieldOrderWithoutItsDerivedGettersOrAbsentFields() throws Exception {
        Measurement m = Measurement.builder().kpiId("availability").period(ReportingPeriod.parse("2026-03"))
                .value(new BigDecimal("99.50")).recordedAt(Instant.parse("2026-04-01T08:00:00Z")).build();
        assertEquals("{\"kpiId\":\"availability\",\"period\":\"2026-03\",\"value\":\"99.50\","
                + "\"recordedAt\":\"2026-04-01T08:00:00Z\"}", mapper.writeValueAsString(m));
    }

    /** A type of the user's own, beside the SDK's. */
    public record Price(BigDecimal amount, Measurement measurement) {
    }

    @Test
    void theUsersOwnTypesKeepTheMappersBehaviour() throws Exception {
        Measurement m = Measurement.builder().kpiId("k").period(ReportingPeriod.parse("2026")).value(BigDecimal.ONE)
                .recordedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        // the user's decimal stays a JSON number; the SDK's value inside it is written in the format
        assertEquals("{\"amount\":1.50,\"measurement\":{\"kpiId\":\"k\",\"period\":\"2026\",\"value\":\"1\","
                + "\"recordedAt\":\"2026-01-01T00:00:00Z\"}}", mapper.writeValueAsString(new Price(new BigDecimal("1.50"), m)));
    }
}
