package dev.partnering.testkit.internal;

import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.testkit.IncentiveSchemeArbitrary;
import dev.partnering.testkit.internal.SchemeConfig.Presence;
import net.jqwik.api.Arbitrary;

/** The {@link IncentiveSchemeArbitrary} behind {@code PartneringArbitraries.incentiveSchemes()}. */
public final class DefaultIncentiveSchemeArbitrary extends CostlyArbitrary<IncentiveScheme>
        implements IncentiveSchemeArbitrary {

    private Optional<Agreement> agreement = Optional.empty();
    private SchemeConfig config = SchemeConfig.standard();

    /** An arbitrary of schemes with generated agreements. */
    public DefaultIncentiveSchemeArbitrary() {
    }

    /** @param agreement  the agreement every scheme must fit, not null */
    public DefaultIncentiveSchemeArbitrary(Agreement agreement) {
        this.agreement = Optional.of(agreement);
    }

    @Override
    protected Arbitrary<IncentiveScheme> arbitrary() {
        if (agreement.isPresent()) {
            SchemeContext context = SchemeContext.of(agreement.get());
            return SchemeSpec.arbitrary(config).map(spec -> spec.build(context));
        }
        return new DefaultAgreementArbitrary().withIncentiveScheme(this).map(a -> a.incentiveScheme().orElseThrow());
    }

    Optional<Agreement> agreement() {
        return agreement;
    }

    SchemeConfig config() {
        return config;
    }

    private DefaultIncentiveSchemeArbitrary with(SchemeConfig c) {
        DefaultIncentiveSchemeArbitrary clone = typedClone();
        clone.config = c;
        return clone;
    }

    @Override
    public IncentiveSchemeArbitrary withComponents(Class<?>... kinds) {
        SchemeConfig c = config.withKinds(kinds);
        agreement.ifPresent(a -> {
            SchemeContext context = SchemeContext.of(a);
            Checks.require(!c.requires(AtRiskPool.class) || !context.kpis().isEmpty(), "incentiveSchemes(agreement '" + a.id()
                    + "').withComponents(AtRiskPool.class): the agreement has no KPI to allocate the pool to");
            Checks.require(!c.requires(ServiceCreditTiers.class) || !context.tierKpis().isEmpty(), "incentiveSchemes(agreement '"
                    + a.id() + "').withComponents(ServiceCreditTiers.class): the agreement has no KPI that is HIGHER_IS_BETTER "
                    + "or LOWER_IS_BETTER in every version");
        });
        return with(c);
    }

    @Override
    public IncentiveSchemeArbitrary withFloorAndCap() {
        return with(config.withFloorAndCap(Presence.ALWAYS));
    }

    @Override
    public IncentiveSchemeArbitrary withoutFloorAndCap() {
        return with(config.withFloorAndCap(Presence.NEVER));
    }

    @Override
    public IncentiveSchemeArbitrary neutralAtTarget() {
        return with(config.withNeutral());
    }

    @Override
    public IncentiveSchemeArbitrary withEarnBack() {
        return with(config.withEarnBack());
    }
}
