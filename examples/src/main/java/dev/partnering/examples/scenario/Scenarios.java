package dev.partnering.examples.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.partnering.agreement.Agreement;
import dev.partnering.examples.ItPartnering;
import dev.partnering.examples.json.AgreementSource;

/**
 * The demo's scenarios in order, and the example agreements by id (for {@code --agreement example:ID}).
 *
 * @since 0.1.0
 */
public final class Scenarios {

    private static final Map<String, Supplier<Agreement>> EXAMPLES = examples();

    private Scenarios() {
    }

    /**
     * @param json  where scenario 4 reads its agreement from, not null
     * @return the four scenarios, never null
     */
    public static List<Scenario> all(AgreementSource json) {
        return List.of(new ItPartneringScenario(), new FacilityManagementScenario(), new MunicipalConsortiumScenario(),
                new ErpIntegrationScenario(json));
    }

    /** @return the ids of the example agreements, in order, never null */
    public static List<String> exampleIds() {
        return List.copyOf(EXAMPLES.keySet());
    }

    /**
     * @param id  an example agreement's id, not null
     * @return the agreement, if there is one with that id
     */
    public static Optional<Agreement> example(String id) {
        return Optional.ofNullable(EXAMPLES.get(id)).map(Supplier::get);
    }

    private static Map<String, Supplier<Agreement>> examples() {
        Map<String, Supplier<Agreement>> m = new LinkedHashMap<>();
        m.put("it-partnering", ItPartnering::agreement);
        m.put("charity-it", ItPartneringScenario::agreement);
        m.put("fm-vested", FacilityManagementScenario::agreement);
        m.put("openpermit", () -> MunicipalConsortiumScenario.history().current().agreement());
        m.put("hospital-linen", ErpIntegrationScenario::referenceAgreement);
        return m;
    }
}
