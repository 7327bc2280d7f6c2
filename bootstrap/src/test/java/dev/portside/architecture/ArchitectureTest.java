package dev.portside.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ArchitectureTest {

    private static final HexagonalArchitecture PORTSIDE = HexagonalArchitecture.rootedAt("dev.portside")
            .withAdapter("inmemory").withAdapter("dynamodb").withAdapter("s3").withAdapter("sql")
            .withContexts("content", "progress", "circles", "records", "brands", "realtime");
    private static final String FIXTURES = "dev.portside.archfixtures.broken";
    private static final HexagonalArchitecture BROKEN = HexagonalArchitecture.rootedAt(FIXTURES)
            .withAdapter("inmemory").withAdapter("dynamodb").withAdapter("s3").withAdapter("sql")
            .withContexts("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota");
    private static final String CATCHING = "only the adapters' support packages catch a backend client's exceptions";

    /** The rules whose fixture breaks no other rule, with the packages of that fixture. */
    private static final Map<String, List<String>> OWN_FIXTURES = Map.of(
            "adapters depend on no application code", List.of(FIXTURES + ".adapters.sql.gamma"),
            CATCHING, List.of(FIXTURES + ".adapters.dynamodb.epsilon", FIXTURES + ".adapters.sql.epsilon"),
            "a context reaches another context only through its domain", List.of(FIXTURES + ".application.zeta"),
            "contexts depend on each other one way", List.of(FIXTURES + ".application.theta", FIXTURES + ".domain.theta",
                    FIXTURES + ".adapters.inmemory.iota", FIXTURES + ".domain.iota"));

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.portside");
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsForPortside() {
        return PORTSIDE.rules().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(PRODUCTION)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsOnItsDeliberatelyBrokenFixture() {
        return BROKEN.rules().entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            ArchRule archRule = rule.getValue();
            assertThatThrownBy(() -> archRule.check(BROKEN_CLASSES))
                    .as("rule '%s' must catch its broken fixture", rule.getKey())
                    .isInstanceOf(AssertionError.class);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRuleFailsOnItsOwnFixtureAlone() {
        return OWN_FIXTURES.entrySet().stream().map(fixture -> DynamicTest.dynamicTest(fixture.getKey(), () -> {
            JavaClasses own = new ClassFileImporter().importPackages(fixture.getValue());
            ArchRule rule = BROKEN.rules().get(fixture.getKey());
            assertThatThrownBy(() -> rule.check(own)).isInstanceOf(AssertionError.class);
        }));
    }

    @Test
    void theCatchRuleFindsSdkJdbiAndSqlExceptionSubclassesEvenInLambdas() {
        assertThatThrownBy(() -> BROKEN.rules().get(CATCHING).check(BROKEN_CLASSES))
                .hasMessageContaining("catches software.amazon.awssdk.services.dynamodb.model.DynamoDbException")
                .hasMessageContaining("catches java.sql.SQLTransientConnectionException")
                .hasMessageContaining("catches org.jdbi.v3.core.JdbiException")
                .hasMessageNotContaining("support.Guard");
    }

    @Test
    void theContextRuleAllowsAnotherContextsDomain() {
        assertThatThrownBy(() -> BROKEN.rules().get("a context reaches another context only through its domain")
                .check(BROKEN_CLASSES))
                .hasMessageContaining("EtaUseCase")
                .hasMessageNotContaining("EtaPort");
    }

    @Test
    void everyNamedPackageOfPortsideHoldsClasses() {
        assertThat(PORTSIDE.emptyPackages(PRODUCTION)).isEmpty();
    }

    @Test
    void theEmptyPackageCheckNamesAPackageWithoutClasses() {
        HexagonalArchitecture withGhost = HexagonalArchitecture.rootedAt(FIXTURES).withAdapter("ghost");

        assertThat(withGhost.emptyPackages(BROKEN_CLASSES)).containsExactly(FIXTURES + ".adapters.ghost..");
    }

    @Test
    void theRulesCoverEveryAdapterPair() {
        Map<String, ArchRule> rules = PORTSIDE.rules();

        assertThat(rules.keySet()).filteredOn(name -> name.contains("adapters depend on no other adapter")).hasSize(4);
    }
}
