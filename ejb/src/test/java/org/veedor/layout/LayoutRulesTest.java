package org.veedor.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of the contexts (STYLE.md), checked on the compiled classes so that it stays true: a
 * rule the code breaks fails the build.
 */
class LayoutRulesTest {

  private static JavaClasses production;

  @BeforeAll
  static void importTheProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.veedor");
  }

  /** The contexts, everything under {@code org.veedor} but the platform and the demo. */
  private static final String[] CONTEXTS = {
    "org.veedor.administration..",
    "org.veedor.appeal..",
    "org.veedor.audit..",
    "org.veedor.casefile..",
    "org.veedor.casework..",
    "org.veedor.discipline..",
    "org.veedor.history..",
    "org.veedor.identity..",
    "org.veedor.intake..",
    "org.veedor.investigation..",
    "org.veedor.officers..",
    "org.veedor.reporting..",
    "org.veedor.search.."
  };

  /** The engine could be swapped by touching the workflow packages alone. */
  private static final ArchRule camundaOnlyInWorkflowPackages =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.veedor.platform.workflow..", "org.veedor.*.workflow..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda..")
          .as(
              "Camunda's API is used in platform.workflow and the contexts' workflow packages only");

  private static final ArchRule platformDependsOnNoContext =
      noClasses()
          .that()
          .resideInAPackage("org.veedor.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CONTEXTS)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("org.veedor.demo..")
          .as("the platform depends on no context");

  private static final ArchRule demoUsesApplicationServicesOnly =
      noClasses()
          .that()
          .resideInAPackage("org.veedor.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.veedor.*.domain..",
              "org.veedor.*.infrastructure..",
              "org.veedor.*.workflow..",
              "org.veedor.platform",
              "org.veedor.platform.csv..",
              "org.veedor.platform.paging..",
              "org.veedor.platform.protection..",
              "org.veedor.platform.workflow..",
              "org.camunda..",
              "jakarta.persistence..")
          .as(
              "the demonstration world reaches the contexts through their application packages only");

  private static final ArchRule nothingDependsOnTheDemo =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.veedor.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.veedor.demo..")
          .as("nothing depends on the demonstration world");

  private static final ArchRule noCycleBetweenContexts =
      slices()
          .matching("org.veedor.(*)..")
          .should()
          .beFreeOfCycles()
          .as("no cycle between contexts");

  private static final ArchRule noCycleBetweenLayers =
      slices()
          .matching("org.veedor.(*).(*)..")
          .should()
          .beFreeOfCycles()
          .as("no cycle between a context's layers");

  @Test
  void shouldUseCamundaOnlyInTheWorkflowPackages() {
    camundaOnlyInWorkflowPackages.check(production);
  }

  @Test
  void shouldKeepThePlatformFreeOfTheContexts() {
    platformDependsOnNoContext.check(production);
  }

  @Test
  void shouldReachTheContextsFromTheDemoThroughApplicationPackagesOnly() {
    demoUsesApplicationServicesOnly.check(production);
  }

  @Test
  void shouldLetNothingDependOnTheDemo() {
    nothingDependsOnTheDemo.check(production);
  }

  @Test
  void shouldHaveNoCycleBetweenContexts() {
    noCycleBetweenContexts.check(production);
  }

  @Test
  void shouldHaveNoCycleBetweenTheLayersOfAContext() {
    noCycleBetweenLayers.check(production);
  }
}
