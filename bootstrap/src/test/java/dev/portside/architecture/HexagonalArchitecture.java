package dev.portside.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Portside's architecture as a small fluent description, rooted at a base package (the real
 * {@code dev.portside}, or a deliberately broken fixture), turned into ArchUnit rules. A context is a
 * package name found under the domain, the application and each adapter module
 * ({@code domain.content}, {@code application.content}, {@code adapters.dynamodb.content} ...).
 */
final class HexagonalArchitecture {

    private static final String[] JAVA = {"java..", "javax.crypto..", "javax.security.."};
    private static final String[] GUICE = {"com.google.inject..", "jakarta.inject..", "javax.inject.."};
    private static final DescribedPredicate<JavaClass> BACKEND_EXCEPTIONS =
            resideInAnyPackage("software.amazon.awssdk..", "org.jdbi..")
                    .or(DescribedPredicate.describe("SQLException", type -> SQLException.class.isAssignableFrom(type.reflect())))
                    .as("a backend client's exception (AWS SDK, Jdbi, SQLException)");

    private final String base;
    private final Map<String, String> adapters = new LinkedHashMap<>();
    private final Set<String> contexts = new LinkedHashSet<>();

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

    HexagonalArchitecture withContexts(String... names) {
        contexts.addAll(List.of(names));
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

    String adapters() {
        return base + ".adapters..";
    }

    String supportPackages() {
        return base + ".adapters.*.support..";
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
        rules.put("adapters depend on no application code", noClasses().that().resideInAPackage(adapters())
                .should().dependOnClassesThat().resideInAPackage(application()).allowEmptyShould(true));
        rules.put("only the adapters' support packages catch a backend client's exceptions",
                noClasses().that().resideInAPackage(adapters()).and().resideOutsideOfPackage(supportPackages())
                        .should(catchA(BACKEND_EXCEPTIONS)).allowEmptyShould(true));
        rules.put("a context reaches another context only through its domain",
                noClasses().that(belongToAContext()).should(reachIntoAnotherContextsApplicationOrAdapters())
                        .allowEmptyShould(true));
        rules.put("contexts depend on each other one way",
                slices().assignedFrom(byContext()).should().beFreeOfCycles().allowEmptyShould(true));
        return rules;
    }

    /** Where a class sits: its layer ({@code domain}, {@code application}, {@code adapters}) and context. */
    private record Place(String layer, String context) {
    }

    private Optional<Place> placeOf(JavaClass type) {
        String name = type.getBaseComponentType().getPackageName();
        if (!name.startsWith(base + ".")) {
            return Optional.empty();
        }
        String[] parts = name.substring(base.length() + 1).split("\\.");
        int at = parts[0].equals("adapters") ? 2 : parts[0].equals("domain") || parts[0].equals("application") ? 1 : -1;
        return at > 0 && parts.length > at && contexts.contains(parts[at])
                ? Optional.of(new Place(parts[0], parts[at])) : Optional.empty();
    }

    private DescribedPredicate<JavaClass> belongToAContext() {
        return DescribedPredicate.describe("belong to a context", type -> placeOf(type).isPresent());
    }

    private ArchCondition<JavaClass> reachIntoAnotherContextsApplicationOrAdapters() {
        return new ArchCondition<>("depend on another context's application or adapters") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = placeOf(type).orElseThrow().context();
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    placeOf(dependency.getTargetClass())
                            .filter(target -> !target.context().equals(own) && !target.layer().equals("domain"))
                            .ifPresent(target -> events.add(SimpleConditionEvent.satisfied(dependency,
                                    dependency.getDescription())));
                }
            }
        };
    }

    private SliceAssignment byContext() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return placeOf(type).map(place -> SliceIdentifier.of(place.context())).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "contexts across domain, application and adapters";
            }
        };
    }

    private static ArchCondition<JavaClass> catchA(DescribedPredicate<JavaClass> exceptions) {
        return new ArchCondition<>("catch " + exceptions.getDescription()) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        block.getCaughtThrowables().stream().filter(exceptions).forEach(caught -> events.add(
                                SimpleConditionEvent.satisfied(block, unit.getFullName() + " catches "
                                        + caught.getName() + " in " + block.getSourceCodeLocation())));
                    }
                }
            }
        };
    }

    /** The named packages that must hold classes: a rule over an empty package proves nothing. */
    List<String> namedPackages() {
        List<String> named = new ArrayList<>(List.of(domain(), application(), bootstrap()));
        named.addAll(adapters.values());
        contexts.forEach(context -> named.add(base + ".domain." + context + ".."));
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
