package org.veedor.web.layout;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web module talks to the application services and their views only (STYLE.md): no entity, no
 * repository, no infrastructure, no entity manager, no engine. Checked on the compiled classes.
 */
class WebLayoutRulesTest {

  private static JavaClasses web;

  @BeforeAll
  static void importTheWebClasses() {
    web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.veedor.web");
  }

  private static final ArchRule NO_ENTITIES =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .as("the web module uses no entity");

  private static final ArchRule NO_REPOSITORIES =
      noClasses()
          .should()
          .dependOnClassesThat(
              describe(
                  "are repositories",
                  (JavaClass type) ->
                      type.getPackageName().startsWith("org.veedor.")
                          && type.getSimpleName().endsWith("Repository")))
          .as("the web module uses no repository");

  private static final ArchRule NO_INFRASTRUCTURE =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.veedor.*.infrastructure..")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "org.veedor.demo..", "org.veedor..workflow..")
          .as(
              "the web module reaches no infrastructure, entity manager, engine, workflow package"
                  + " or demo: it talks to application services");

  @Test
  void shouldUseNoEntity() {
    NO_ENTITIES.check(web);
  }

  @Test
  void shouldUseNoRepository() {
    NO_REPOSITORIES.check(web);
  }

  @Test
  void shouldReachNoInfrastructureEntityManagerEngineWorkflowOrDemo() {
    NO_INFRASTRUCTURE.check(web);
  }
}
