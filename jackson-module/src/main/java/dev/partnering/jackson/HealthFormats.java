package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.health.HealthReason;
import dev.partnering.health.HealthReport;
import dev.partnering.health.HealthStatus;
import dev.partnering.health.Pillar;
import dev.partnering.trust.Balance;

/**
 * Relationship health: the inputs, the policy, the reasons and the health report.
 * <p>
 * A health report is a result, written only. It keeps a writer here because the colour of each
 * pillar comes from {@code status(pillar)}, a method with a parameter that a mix-in cannot name.
 */
final class HealthFormats {

    private HealthFormats() {
    }

    static final ValueReader<HealthReason> REASON = HealthFormats::readReason;
    static final ValueWriter<HealthReason> REASON_OUT = HealthFormats::writeReason;
    static final ValueReader<HealthInputs> INPUTS = HealthFormats::readInputs;
    static final ValueWriter<HealthInputs> INPUTS_OUT = HealthFormats::writeInputs;
    static final ValueReader<HealthPolicy> POLICY = HealthFormats::readPolicy;
    static final ValueWriter<HealthPolicy> POLICY_OUT = HealthFormats::writePolicy;
    static final ValueWriter<HealthReport> REPORT_OUT = HealthFormats::writeReport;

    private static HealthReason readReason(In in) {
        in.object("a health reason");
        Optional<Pillar> pillar = in.opt("pillar", enumOf(Pillar.class));
        String text = in.req("text", TEXT);
        return in.build(() -> new HealthReason(pillar, text));
    }

    private static void writeReason(Out out, HealthReason r) throws IOException {
        out.begin();
        out.opt("pillar", r.pillar(), Scalars.ENUM_OUT);
        out.text("text", r.text());
        out.end();
    }

    private static HealthInputs readInputs(In in) {
        in.object("the inputs of a health assessment");
        HealthInputs.Builder b = HealthInputs.builder();
        in.req("period", REPORTING_PERIOD, b::period);
        in.opt("performance", DECIMAL, b::performance);
        in.opt("trustIndex", DECIMAL, b::trustIndex);
        in.opt("trustBalance", enumOf(Balance.class), b::trustBalance);
        in.opt("governanceScore", DECIMAL, b::governanceScore);
        in.opt("managementScore", DECIMAL, b::managementScore);
        in.list("concerns", REASON, b::addAllConcerns);
        return in.build(b::build);
    }

    private static void writeInputs(Out out, HealthInputs i) throws IOException {
        out.begin();
        out.value("period", i.period(), REPORTING_PERIOD_OUT);
        out.opt("performance", i.performance(), DECIMAL_OUT);
        out.opt("trustIndex", i.trustIndex(), DECIMAL_OUT);
        out.opt("trustBalance", i.trustBalance(), Scalars.ENUM_OUT);
        out.opt("governanceScore", i.governanceScore(), DECIMAL_OUT);
        out.opt("managementScore", i.managementScore(), DECIMAL_OUT);
        out.list("concerns", i.concerns(), REASON_OUT);
        out.end();
    }

    private static HealthPolicy readPolicy(In in) {
        in.object("a health policy");
        HealthPolicy.Builder b = HealthPolicy.builder();
        in.opt("performanceWeight", DECIMAL, b::performanceWeight);
        in.opt("trustWeight", DECIMAL, b::trustWeight);
        in.opt("governanceWeight", DECIMAL, b::governanceWeight);
        in.opt("managementWeight", DECIMAL, b::managementWeight);
        in.opt("greenFrom", DECIMAL, b::greenFrom);
        in.opt("amberFrom", DECIMAL, b::amberFrom);
        in.opt("pillarFloor", DECIMAL, b::pillarFloor);
        return in.build(b::build);
    }

    private static void writePolicy(Out out, HealthPolicy p) throws IOException {
        out.begin();
        out.decimal("performanceWeight", p.performanceWeight());
        out.decimal("trustWeight", p.trustWeight());
        out.decimal("governanceWeight", p.governanceWeight());
        // written only when set: a policy without the relationship-management pillar reads and writes as before
        if (p.managementWeight().signum() != 0) {
            out.decimal("managementWeight", p.managementWeight());
        }
        out.decimal("greenFrom", p.greenFrom());
        out.decimal("amberFrom", p.amberFrom());
        out.decimal("pillarFloor", p.pillarFloor());
        out.end();
    }

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
