package org.veedor.it.workflow.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Deployments;

/**
 * Editing the discipline matrix and deploying it again changes the recommended range at once, with
 * no Java compiled: the engine takes the new version of the table, as the application's start does
 * for a changed workflows jar (only changed models get a new version).
 */
@ExtendWith(ArquillianExtension.class)
class DecisionRedeployIT {

  static final String MATRIX = "dmn/discipline-matrix.dmn";
  static final Map<String, Object> SERIOUS_FORCE_FIRST_TIME =
      Map.of("categoryGroup", "USE_OF_FORCE", "serious", true, "priorSustained", 0);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.workflow.decisions");
  }

  @Inject RepositoryService repository;
  @Inject DecisionService decisions;

  private DmnDecisionResultEntries recommend() {
    return decisions
        .evaluateDecisionByKey("discipline-matrix")
        .variables(SERIOUS_FORCE_FIRST_TIME)
        .evaluate()
        .getSingleResult();
  }

  private void deploy(String matrix) {
    repository
        .createDeployment()
        .name("veedor-workflows")
        .source("veedor-workflows.jar")
        .enableDuplicateFiltering(true)
        .addString(MATRIX, matrix)
        .deploy();
  }

  @Test
  void shouldRecommendTheEditedRangeOnceTheEditedMatrixIsDeployed() throws IOException {
    String original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MATRIX)) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(recommend().<String>getEntry("minimumSanction")).isEqualTo("SUSPENSION_DAYS");
    // the institution decides that serious force starts at demotion
    Matcher rule =
        Pattern.compile("(<outputEntry id=\"SeriousForceRuleOut1\">\\s*<text>)\"SUSPENSION_DAYS\"")
            .matcher(original);
    assertThat(rule.find()).isTrue();
    String edited = rule.replaceFirst("$1\"DEMOTION\"");
    try {
      deploy(edited);

      DmnDecisionResultEntries after = recommend();

      assertThat(after.<String>getEntry("minimumSanction")).isEqualTo("DEMOTION");
      assertThat(after.<String>getEntry("maximumSanction")).isEqualTo("DISMISSAL");
    } finally {
      deploy(original);
    }
    assertThat(recommend().<String>getEntry("minimumSanction")).isEqualTo("SUSPENSION_DAYS");
  }
}
