package com.bantu.common.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The package-by-feature rules every service checks in its {@code ArchitectureTest} (one place, so a new service gets
 * the same rules). A feature package is the first package below the service's root package ({@code
 * com.bantu.servicemanagement.customer}); the root package itself and {@code config} are shared.
 * <ul>
 *   <li>A repository is used only inside its own feature package: other features ask that feature's service.</li>
 *   <li>A controller reaches another feature only through that feature's {@code @Service} classes and the records
 *       and enums they exchange (never its repositories, entities or helpers).</li>
 * </ul>
 */
public final class ArchitectureRules {

    // by name: the reactive gateway has no Spring Data on its classpath
    private static final String REPOSITORY = "org.springframework.data.repository.Repository";
    private static final String SERVICE = "org.springframework.stereotype.Service";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

    private ArchitectureRules() {
    }

    /** The service's production classes (tests excluded). */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** The feature package of a class below {@code root} ("" for the root package itself). */
    public static String feature(JavaClass c, String root) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return "";
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Repositories are used only inside their own feature package. {@code knownExceptions} names origin classes
     * (fully qualified) that still do otherwise: a list that may only shrink.
     */
    public static ArchRule repositoriesStayInTheirFeature(String root, Set<String> knownExceptions) {
        return classes().that().areAssignableTo(REPOSITORY).and().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("be used only inside their own feature package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        for (Dependency d : repository.getDirectDependenciesToSelf()) {
                            JavaClass origin = d.getOriginClass();
                            String originTop = origin.getName().split("\\$")[0];
                            if (!origin.getPackageName().startsWith(root)
                                    || feature(origin, root).equals(feature(repository, root))
                                    || knownExceptions.contains(originTop)) {
                                continue;
                            }
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /**
     * Controllers reach other feature packages only through {@code @Service} classes, records and enums. The root
     * package and {@code config} count as shared.
     */
    public static ArchRule controllersTalkToOtherFeaturesThroughServices(String root) {
        DescribedPredicate<JavaClass> isController = DescribedPredicate.describe("controllers",
                c -> c.isAnnotatedWith(REST_CONTROLLER)
                        || c.getAllRawSuperclasses().stream().anyMatch(s -> s.isAnnotatedWith(REST_CONTROLLER))
                        || c.getSimpleName().endsWith("Controller"));
        return classes().that(isController).and().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("reach other features only through their services") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        String own = feature(controller, root);
                        for (Dependency d : controller.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            String other = feature(target, root);
                            if (!target.getPackageName().startsWith(root + ".") || other.equals(own)
                                    || other.equals("config") || allowedAcrossFeatures(target)) {
                                continue;
                            }
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean allowedAcrossFeatures(JavaClass target) {
        JavaClass top = target;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return target.isRecord() || target.isEnum() || top.isAnnotatedWith(SERVICE)
                || top.getAllRawSuperclasses().stream().anyMatch(s -> s.isAnnotatedWith(SERVICE));
    }
}
