package dev.partnering.testkit.internal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.money.Money;
import dev.partnering.testkit.AgreementArbitrary;
import dev.partnering.testkit.IncentiveSchemeArbitrary;
import dev.partnering.testkit.KpiDefinitionArbitrary;
import dev.partnering.testkit.internal.SchemeConfig.Presence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The {@link AgreementArbitrary} behind {@code PartneringArbitraries.agreements()}. */
public final class DefaultAgreementArbitrary extends CostlyArbitrary<Agreement> implements AgreementArbitrary {

    private static final LocalDate READABLE_START = LocalDate.of(2026, 1, 1);

    /** A count from min to max, both inclusive. */
    private record Counts(int min, int max) {
        static Counts of(String knob, int min, int max, int lowest) {
            Checks.require(min >= lowest && max >= min, "agreements()." + knob + "(" + min + ", " + max
                    + "): the counts must be at least " + lowest + ", the maximum not below the minimum");
            return new Counts(min, max);
        }

        Arbitrary<Integer> arbitrary() {
            return Arbitraries.integers().between(min, max);
        }
    }

    private Counts customers = new Counts(1, 2);
    private Counts suppliers = new Counts(1, 3);
    private Counts kpis = new Counts(1, 5);
    private Counts levels = new Counts(2, 3);
    private List<Currency> currencies = DefaultMoneyArbitrary.COMMON_CURRENCIES;
    private Optional<LocalDate> start = Optional.empty();
    private Optional<MissingDataPolicy> policy = Optional.empty();
    private KpiConfig kpiConfig = KpiConfig.standard();
    private Presence scheme = Presence.ANY;
    private SchemeConfig schemeConfig = SchemeConfig.standard();

    @Override
    protected Arbitrary<Agreement> arbitrary() {
        KpiConfig kpiRules = schemeConfig.neutral() ? kpiConfig.withStrictStretch() : kpiConfig;
        Arbitrary<LocalDate> starts = start.map(Arbitraries::just).orElseGet(() -> Arbitraries.integers().between(-24, 35)
                .map(READABLE_START::plusMonths));
        Arbitrary<AgreementSpec.Frame> frames = Combinators.combine(
                customers.arbitrary(),
                suppliers.arbitrary(),
                Arbitraries.of(false, true),
                levels.arbitrary(),
                starts,
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 2))
                .as(AgreementSpec.Frame::new);
        Arbitrary<SchemeSpec> schemes = SchemeSpec.arbitrary(schemeConfig);
        Arbitrary<Optional<SchemeSpec>> optionalSchemes = scheme == Presence.ALWAYS ? schemes.map(Optional::of)
                : scheme == Presence.NEVER ? Arbitraries.just(Optional.empty()) : schemes.optional(0.5);
        return Combinators.combine(frames,
                KpiSpec.arbitrary(kpiRules).list().ofMinSize(kpis.min()).ofMaxSize(kpis.max()),
                Arbitraries.of(currencies),
                Arbitraries.integers().between(1_000, 1_000_000).shrinkTowards(10_000),
                policy.map(Arbitraries::just).orElseGet(() -> Arbitraries.of(MissingDataPolicy.class)),
                optionalSchemes)
                .as(AgreementSpec::new)
                .map(spec -> spec.build(kpiRules));
    }

    private DefaultAgreementArbitrary copy() {
        return typedClone();
    }

    @Override
    public AgreementArbitrary withCustomers(int count) {
        return withCustomers(count, count);
    }

    @Override
    public AgreementArbitrary withCustomers(int min, int max) {
        DefaultAgreementArbitrary c = copy();
        c.customers = Counts.of("withCustomers", min, max, 1);
        return c;
    }

    @Override
    public AgreementArbitrary withSuppliers(int count) {
        return withSuppliers(count, count);
    }

    @Override
    public AgreementArbitrary withSuppliers(int min, int max) {
        DefaultAgreementArbitrary c = copy();
        c.suppliers = Counts.of("withSuppliers", min, max, 1);
        return c;
    }

    @Override
    public AgreementArbitrary withKpis(int count) {
        return withKpis(count, count);
    }

    @Override
    public AgreementArbitrary withKpis(int min, int max) {
        DefaultAgreementArbitrary c = copy();
        c.kpis = Counts.of("withKpis", min, max, 0);
        return c;
    }

    @Override
    public AgreementArbitrary withKpis(KpiDefinitionArbitrary kpis) {
        Objects.requireNonNull(kpis, "kpis");
        Checks.require(kpis instanceof DefaultKpiDefinitionArbitrary, "agreements().withKpis() takes an arbitrary from "
                + "PartneringArbitraries.kpis()");
        DefaultAgreementArbitrary c = copy();
        c.kpiConfig = ((DefaultKpiDefinitionArbitrary) kpis).config();
        return c;
    }

    @Override
    public AgreementArbitrary withLevels(int levels) {
        Checks.require(levels == 2 || levels == 3, "agreements().withLevels(" + levels + "): governance has 2 or 3 levels");
        DefaultAgreementArbitrary c = copy();
        c.levels = new Counts(levels, levels);
        return c;
    }

    @Override
    public AgreementArbitrary in(Currency currency) {
        Money.zero(Objects.requireNonNull(currency, "currency")); // refuses a currency without a minor unit
        DefaultAgreementArbitrary c = copy();
        c.currencies = List.of(currency);
        return c;
    }

    @Override
    public AgreementArbitrary startingOn(LocalDate start) {
        DefaultAgreementArbitrary c = copy();
        c.start = Optional.of(Objects.requireNonNull(start, "start"));
        return c;
    }

    @Override
    public AgreementArbitrary withMissingDataPolicy(MissingDataPolicy policy) {
        DefaultAgreementArbitrary c = copy();
        c.policy = Optional.of(Objects.requireNonNull(policy, "policy"));
        return c;
    }

    @Override
    public AgreementArbitrary withIncentiveScheme() {
        DefaultAgreementArbitrary c = copy();
        c.scheme = Presence.ALWAYS;
        return c;
    }

    @Override
    public AgreementArbitrary withIncentiveScheme(IncentiveSchemeArbitrary schemes) {
        Objects.requireNonNull(schemes, "schemes");
        Checks.require(schemes instanceof DefaultIncentiveSchemeArbitrary s && s.agreement().isEmpty(),
                "agreements().withIncentiveScheme() takes an arbitrary from PartneringArbitraries.incentiveSchemes(), "
                        + "not one bound to an agreement");
        DefaultAgreementArbitrary c = copy();
        c.scheme = Presence.ALWAYS;
        c.schemeConfig = ((DefaultIncentiveSchemeArbitrary) schemes).config();
        return c;
    }

    @Override
    public AgreementArbitrary withoutIncentiveScheme() {
        DefaultAgreementArbitrary c = copy();
        c.scheme = Presence.NEVER;
        return c;
    }
}
