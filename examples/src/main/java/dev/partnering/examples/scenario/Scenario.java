package dev.partnering.examples.scenario;

import dev.partnering.examples.data.InputException;
import dev.partnering.examples.report.AgreementReport;

/**
 * One of the demo's scenarios: an agreement built in code, its data read from the files bundled
 * with the examples, and the SDK's calculators run over them.
 *
 * @since 0.1.0
 */
public interface Scenario {

    /** @return the scenario's title, e.g. {@code IT partnering, several suppliers in one room} */
    String title();

    /**
     * Runs the scenario.
     *
     * @return the report of what was computed, never null
     * @throws InputException if a data file cannot be read
     */
    AgreementReport run() throws InputException;
}
