package org.veedor.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Api;
import org.veedor.it.support.Casework;
import org.veedor.it.support.Deployments;

/**
 * Two people acting on the same thing at the same moment, through the API: one of them wins, the
 * other is told with a 409 and a problem document what happened, nothing is done twice and nothing
 * is lost. Each race starts both requests together behind a barrier, and runs a few rounds to give
 * the race its chances.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentWorkIT {

  private static final String CONFIRM =
      "{\"track\": \"FULL_INVESTIGATION\", \"priority\": \"HIGH\", \"deadlineDays\": 45,"
          + " \"overrideReason\": \"two supervisors at once\"}";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  @Test
  void shouldLetOneOfTwoSupervisorsCompleteTheSameTaskAndTellTheOtherItIsDone() throws Exception {
    for (int round = 0; round < 3; round++) {
      String reference = Casework.register();
      String task =
          Casework.task("supervisor", reference, "ConfirmTriageTask").orElseThrow().getString("id");
      assertThat(Casework.task("supervisor2", reference, "ConfirmTriageTask"))
          .as("both supervisors may act on the task")
          .isPresent();

      List<Api.Reply> replies =
          together(
              () -> Api.as("supervisor").postJson("tasks/" + task + "/complete", CONFIRM),
              () -> Api.as("supervisor2").postJson("tasks/" + task + "/complete", CONFIRM));

      assertThat(replies.stream().map(Api.Reply::status).sorted().toList())
          .as(replies.toString())
          .containsExactly(204, 409);
      assertProblem(replies);
      assertThat(Casework.task("supervisor", reference, "ConfirmTriageTask"))
          .as("the task is done")
          .isEmpty();
      assertThat(
              Casework.timeline(reference).stream()
                  .filter(
                      e ->
                          e.getString("kind").equals("STEP")
                              && e.getString("code", "").equals("ConfirmTriageTask"))
                  .count())
          .as("the step ran once in the case's history")
          .isEqualTo(1);
    }
  }

  @Test
  void shouldGiveATaskToOneOfTwoSupervisorsClaimingItAtOnce() throws Exception {
    for (int round = 0; round < 3; round++) {
      String reference = Casework.register();
      String task =
          Casework.task("supervisor", reference, "ConfirmTriageTask").orElseThrow().getString("id");

      List<Api.Reply> replies =
          together(
              () -> Api.as("supervisor").post("tasks/" + task + "/claim", "application/json", ""),
              () -> Api.as("supervisor2").post("tasks/" + task + "/claim", "application/json", ""));

      assertThat(replies.stream().map(Api.Reply::status).sorted().toList())
          .as(replies.toString())
          .containsExactly(200, 409);
      assertProblem(replies);
      String winner = replies.get(0).status() == 200 ? "supervisor" : "supervisor2";
      assertThat(
              Api.as(winner)
                  .get("tasks/" + task)
                  .json()
                  .getJsonObject("task")
                  .getString("assignee"))
          .isEqualTo(winner);
    }
  }

  @Test
  void shouldKeepBothEditsOfTheSameNoteAsVersionsOrRefuseTheOneThatCameSecond() throws Exception {
    String reference = Casework.register();
    Api.Reply first =
        Api.as("supervisor")
            .postJson("complaints/" + reference + "/notes", "{\"text\": \"Primera versión.\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String key = first.json().getString("key");
    String note = "complaints/" + reference + "/notes/" + key;

    for (int round = 0; round < 3; round++) {
      int seen =
          Api.as("supervisor").get(note + "/versions").jsonArray().size(); // the latest version
      List<Api.Reply> replies =
          together(
              () ->
                  Api.as("supervisor")
                      .put(note, "{\"text\": \"Cambio del norte.\", \"basedOn\": " + seen + "}"),
              () ->
                  Api.as("supervisor2")
                      .put(note, "{\"text\": \"Cambio del sur.\", \"basedOn\": " + seen + "}"));

      assertThat(replies.stream().map(Api.Reply::status).sorted().toList())
          .as(replies.toString())
          .containsExactly(200, 409);
      assertProblem(replies);
      Api.Reply won = replies.get(0).status() == 200 ? replies.get(0) : replies.get(1);
      List<JsonObject> versions =
          Api.as("supervisor").get(note + "/versions").jsonArray().stream()
              .map(v -> v.asJsonObject())
              .toList();
      assertThat(versions).as("one new version, the winner's").hasSize(seen + 1);
      assertThat(versions.get(seen).getString("text")).isEqualTo(won.json().getString("text"));
    }

    Api.Reply stale =
        Api.as("supervisor").put(note, "{\"text\": \"Sobre una versión vieja.\", \"basedOn\": 1}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("detail")).contains("4");
    Api.Reply unseen = Api.as("supervisor").put(note, "{\"text\": \"Sin versión de partida.\"}");
    assertThat(unseen.status()).as("an edit that names no version is kept").isEqualTo(200);
    assertThat(unseen.json().getInt("version")).isEqualTo(5);
  }

  private static void assertProblem(List<Api.Reply> replies) {
    Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail")).isNotBlank();
  }

  /** Both calls sent at the same moment; their replies in the order given. */
  @SafeVarargs
  private static List<Api.Reply> together(Supplier<Api.Reply>... calls) throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.length);
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      List<Future<Api.Reply>> sent = new ArrayList<>();
      for (Supplier<Api.Reply> call : calls) {
        sent.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return call.get();
                }));
      }
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> reply : sent) {
        replies.add(reply.get(2, TimeUnit.MINUTES));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
