package dev.portside.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Portside's architecture as a small fluent description, rooted at a base package (the real
 * {@code dev.portside}, or a deliberately broken fixture), turned into ArchUnit rules.
 */
final class HexagonalArchitecture {

    private static final String[] JAVA = {"java..", "javax.crypto..", "javax.security.."};
    private static final String[] GUICE = {"com.google.inject..", "jakarta.inject..", "javax.inject.."};

    private final String base;
    private final Map<String, String> adapters = new LinkedHashMap<>();

    private HexagonalArchitecture(String base) {
        this.base = base;
    }

    static HexagonalArchitecture rootedAt(String basePackage) {
        return new HexagonalArchitecture(basePackage);
    }

    HexagonalArchitecture withAdapter(String name) {
        adapters.put(name, base + ".adapters." + name + "..");
        return this;
    }

    String domain() {
        return base + ".domain..";
    }

    String application() {
        return base + ".application..";
    }

    String bootstrap() {
        return base + ".bootstrap..";
    }

    /** Every rule, by a name that reads as a sentence. */
    Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("the domain depends only on java and vavr", onlyDependsOn(domain(), concat(JAVA, "io.vavr..", domain())));
        rules.put("the application depends only on the domain, java and vavr",
                onlyDependsOn(application(), concat(JAVA, "io.vavr..", domain(), application())));
        rules.put("only bootstrap touches Guice", noClasses().that().resideOutsideOfPackage(bootstrap())
                .and().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(GUICE).allowEmptyShould(true));
        for (Map.Entry<String, String> adapter : adapters.entrySet()) {
            List<String> forbidden = new ArrayList<>(adapters.values());
            forbidden.remove(adapter.getValue());
            forbidden.add(bootstrap());
            rules.put("the " + adapter.getKey() + " adapters depend on no other adapter nor on bootstrap",
                    noClasses().that().resideInAPackage(adapter.getValue())
                            .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                            .allowEmptyShould(true));
        }
        rules.put("nothing outside bootstrap depends on bootstrap", noClasses().that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackage(bootstrap())
                .should().dependOnClassesThat().resideInAPackage(bootstrap()).allowEmptyShould(true));
        rules.put("context packages are free of cycles in the domain",
                slices().matching(base + ".domain.(*)..").should().beFreeOfCycles().allowEmptyShould(true));
        rules.put("context packages are free of cycles in the application",
                slices().matching(base + ".application.(*)..").should().beFreeOfCycles().allowEmptyShould(true));
        return rules;
    }

    /** The named packages that must hold classes: a rule over an empty package proves nothing. */
    List<String> namedPackages() {
        List<String> named = new ArrayList<>(List.of(domain(), application(), bootstrap()));
        named.addAll(adapters.values());
        return named;
    }

    /** The named packages with no class in {@code classes}. */
    List<String> emptyPackages(JavaClasses classes) {
        return namedPackages().stream()
                .filter(p -> classes.stream().noneMatch(c -> c.getPackageName().startsWith(p.substring(0, p.length() - 2))))
                .toList();
    }

    private static ArchRule onlyDependsOn(String layer, String... allowed) {
        return classes().that().resideInAPackage(layer).should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .allowEmptyShould(true);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
