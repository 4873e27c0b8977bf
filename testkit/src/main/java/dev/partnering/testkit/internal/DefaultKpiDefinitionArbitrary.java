package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.testkit.KpiDefinitionArbitrary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link KpiDefinitionArbitrary} behind {@code PartneringArbitraries.kpis()}. */
public final class DefaultKpiDefinitionArbitrary extends ArbitraryDecorator<KpiDefinition> implements KpiDefinitionArbitrary {

    private KpiConfig config = KpiConfig.standard();
    private String id = "kpi";
    private LocalDate effectiveFrom = LocalDate.of(2026, 1, 1);

    @Override
    protected Arbitrary<KpiDefinition> arbitrary() {
        KpiConfig c = config;
        return KpiSpec.arbitrary(c).map(spec -> spec.build(c, id, effectiveFrom));
    }

    /** @return the configuration, for agreements whose KPIs are drawn like these */
    KpiConfig config() {
        return config;
    }

    private DefaultKpiDefinitionArbitrary with(KpiConfig c) {
        c.requireSome();
        DefaultKpiDefinitionArbitrary clone = typedClone();
        clone.config = c;
        return clone;
    }

    @Override
    public KpiDefinitionArbitrary withId(String id) {
        Objects.requireNonNull(id, "id");
        DefaultKpiDefinitionArbitrary clone = typedClone();
        clone.id = id;
        return clone;
    }

    @Override
    public KpiDefinitionArbitrary withDirections(Direction... directions) {
        Checks.require(directions.length > 0, "kpis().withDirections() needs at least one direction");
        return with(config.withDirections(Set.of(directions)));
    }

    @Override
    public KpiDefinitionArbitrary withAggregations(AggregationRule... rules) {
        Checks.require(rules.length > 0, "kpis().withAggregations() needs at least one rule");
        return with(config.withRules(List.of(rules)));
    }

    @Override
    public KpiDefinitionArbitrary withThresholdsBetween(BigDecimal lowest, BigDecimal highest) {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
        Checks.require(lowest.compareTo(highest) < 0, "kpis().withThresholdsBetween(" + lowest.toPlainString() + ", "
                + highest.toPlainString() + "): the lowest threshold must be below the highest");
        return with(config.withThresholds(lowest, highest));
    }

    @Override
    public KpiDefinitionArbitrary withoutQualifyingConditions() {
        return with(config.withoutQualifying());
    }

    @Override
    public KpiDefinitionArbitrary effectiveFrom(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DefaultKpiDefinitionArbitrary clone = typedClone();
        clone.effectiveFrom = date;
        return clone;
    }
}
