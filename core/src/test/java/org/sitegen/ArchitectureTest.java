package org.sitegen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture, as rules that fail the build: no package depends on itself through others;
 * the model and the public API stand on their own; stages import the build's contract, never
 * each other and never the pipeline that runs them.
 */
class ArchitectureTest {
    private static final Set<String> STAGE_PACKAGES = Set.of("org.sitegen.internal.pages",
            "org.sitegen.internal.search", "org.sitegen.internal.export");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.sitegen");
    }

    /** Each package is a slice of its own: the root package and sub-packages alike. */
    private static final SliceAssignment EVERY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("org.sitegen")
                    ? SliceIdentifier.of(c.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of org.sitegen";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(EVERY_PACKAGE).should().beFreeOfCycles().check(main);
    }

    @Test
    void theModelDependsOnNothingElseOfSiteGen() {
        noClasses().that().resideInAPackage("org.sitegen.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.sitegen.model..", "java..")
                .check(main);
    }

    @Test
    void theInternalsNeverUseTheFacade() {
        noClasses().that().resideInAPackage("org.sitegen.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitegen", "org.sitegen.importer")
                .check(main);
    }

    @Test
    void thePublicApiShowsNoInternalType() {
        ArchRule rule = ArchRuleDefinition.members()
                .that().areDeclaredInClassesThat().resideInAnyPackage("org.sitegen", "org.sitegen.model",
                        "org.sitegen.importer")
                .and().areDeclaredInClassesThat().arePublic()
                .and(new DescribedPredicate<JavaMember>("are public or protected") {
                    @Override
                    public boolean test(JavaMember m) {
                        return m.getModifiers().contains(JavaModifier.PUBLIC)
                                || m.getModifiers().contains(JavaModifier.PROTECTED);
                    }
                })
                .should(new ArchCondition<JavaMember>("name no internal type in their signature") {
                    @Override
                    public void check(JavaMember m, ConditionEvents events) {
                        Set<JavaClass> shown = new HashSet<>();
                        if (m instanceof JavaCodeUnit cu) {
                            shown.addAll(cu.getReturnType().getAllInvolvedRawTypes());
                            for (JavaType p : cu.getParameterTypes()) {
                                shown.addAll(p.getAllInvolvedRawTypes());
                            }
                            for (ThrowsDeclaration<?> t : cu.getThrowsClause()) {
                                shown.add(t.getRawType());
                            }
                        } else if (m instanceof JavaField f) {
                            shown.addAll(f.getType().getAllInvolvedRawTypes());
                        }
                        for (JavaClass t : shown) {
                            if (t.getPackageName().startsWith("org.sitegen.internal")) {
                                events.add(SimpleConditionEvent.violated(m, m.getFullName() + " shows " + t.getName()));
                            }
                        }
                    }
                });
        rule.check(main);
    }

    @Test
    void stagesImportTheBuildContractButNotEachOtherNorThePipeline() {
        for (String stage : STAGE_PACKAGES) {
            noClasses().that().resideInAPackage(stage)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            STAGE_PACKAGES.stream().filter(p -> !p.equals(stage)).toArray(String[]::new))
                    .check(main);
            noClasses().that().resideInAPackage(stage)
                    .should().dependOnClassesThat().resideInAPackage("org.sitegen.internal.pipeline")
                    .check(main);
        }
    }

    @Test
    void theBuildContractKnowsNoStage() {
        noClasses().that().resideInAPackage("org.sitegen.internal.build")
                .should().dependOnClassesThat().resideInAnyPackage(
                        STAGE_PACKAGES.toArray(new String[0]))
                .check(main);
    }
}
