package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DECIMAL_OUT;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.health.HealthStatus;
import dev.partnering.health.Pillar;

/**
 * Relationship health: the writer of the health report. The inputs, the policy and the reasons are
 * read and written through their mix-ins.
 * <p>
 * A health report is a result, written only. It keeps a writer here because the colour of each
 * pillar comes from {@code status(pillar)}, a method with a parameter that a mix-in cannot name.
 */
final class HealthFormats {

    private HealthFormats() {
    }

    private static final ValueWriter<HealthReason> REASON_OUT = Writing.jackson(HealthReason.class);
    private static final ValueWriter<HealthInputs> INPUTS_OUT = Writing.jackson(HealthInputs.class);
    private static final ValueWriter<HealthPolicy> POLICY_OUT = Writing.jackson(HealthPolicy.class);
    static final ValueWriter<HealthReport> REPORT_OUT = HealthFormats::writeReport;

    private static Map<Pillar, HealthStatus> pillars(HealthReport r) {
        Map<Pillar, HealthStatus> m = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            r.status(p).ifPresent(s -> m.put(p, s));
        }
        return m;
    }

    private static void writeReport(Out out, HealthReport r) throws IOException {
        out.begin();
        out.value("inputs", r.inputs(), INPUTS_OUT);
        out.value("policy", r.policy(), POLICY_OUT);
        out.opt("score", r.score(), DECIMAL_OUT);
        out.opt("status", r.status(), Scalars.ENUM_OUT);
        out.enumMap("pillars", Pillar.class, pillars(r), Scalars.ENUM_OUT);
        out.list("reasons", r.reasons(), REASON_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }
}
