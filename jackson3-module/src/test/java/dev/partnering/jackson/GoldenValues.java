package dev.partnering.jackson;

import java.util.Map;
import java.util.function.Supplier;

/** The values of the Jackson 2 module's golden files ({@code GoldenFiles}, package-private there), for the Jackson 3 tests. */
public final class GoldenValues {

    private GoldenValues() {
    }

    /** @return file name to the document it holds, built by the Jackson 2 tests' fixtures */
    public static Map<String, Supplier<PartneringDocument>> v1() {
        return GoldenFiles.v1();
    }

    /** @return the measurements of the golden files */
    public static java.util.List<dev.partnering.kpi.Measurement> measurements() {
        return JsonFixtures.measurements();
    }

    /** @return the agreement of the golden files */
    public static dev.partnering.agreement.Agreement agreement() {
        return JsonFixtures.agreement();
    }
}
