package dev.partnering.lifecycle.internal;

import dev.partnering.internal.Secret;
import dev.partnering.lifecycle.ReadinessGap;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.lifecycle.ReadinessRequirement;
import java.util.List;

/**
 * Reports of {@link ReadinessReport} from their parts, re-validated: for the JSON module, which reads reports
 * back, and the core's calculators. Not part of the API: the package is exported to
 * {@code dev.partnering.jackson} only; users obtain reports from the SDK's calculators.
 * This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadinessReports {

    /** Makes a report from its parts, re-validated. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @see ReadinessReports#of
         * @return the report, never null
         */
        ReadinessReport of(String check, String agreementId, List<ReadinessRequirement> requirements,
            List<ReadinessGap> gaps);
    }

    private static final Secret<Factory> FACTORY = new Secret<>(ReadinessReport.class);

    private ReadinessReports() {
    }

    /**
     * Called once, by {@link ReadinessReport}'s static initialiser.
     *
     * @param factory  the factory, not null
     */
    public static void install(Factory factory) {
        FACTORY.install(factory);
    }

    /**
     * Obtains a report from its parts, e.g. one read back from JSON; reports of the SDK's own checks
     * come from {@link dev.partnering.lifecycle.HandoverCheck#run} and {@link dev.partnering.lifecycle.ExitReadinessCheck#run}.
     *
     * @param check  what was checked, e.g. {@code Handover check}, not blank
     * @param agreementId  the id of the agreement checked, not blank
     * @param requirements  the requirements checked, in report order, at least one, no duplicates, not null
     * @param gaps  every gap found, each of a requirement checked, not null
     * @return the report, never null
     * @throws dev.partnering.ValidationException listing every rule the parts break
     * @since 0.1.0
     */
    public static ReadinessReport of(String check, String agreementId, List<ReadinessRequirement> requirements,
            List<ReadinessGap> gaps) {
        return FACTORY.get().of(check, agreementId, requirements, gaps);
    }
}
