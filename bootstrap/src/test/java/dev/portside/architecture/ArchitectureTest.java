package dev.portside.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ArchitectureTest {

    private static final HexagonalArchitecture PORTSIDE = HexagonalArchitecture.rootedAt("dev.portside")
            .withAdapter("inmemory").withAdapter("dynamodb").withAdapter("s3").withAdapter("sql");
    private static final String FIXTURES = "dev.portside.archfixtures.broken";
    private static final HexagonalArchitecture BROKEN = HexagonalArchitecture.rootedAt(FIXTURES)
            .withAdapter("inmemory").withAdapter("dynamodb").withAdapter("s3").withAdapter("sql");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
