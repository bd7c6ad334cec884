package org.veedor.it.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Restarts the server under test the way an operator's {@code reload} does: every service stops,
 * the application with them, and starts again with the same deployments and data. Returns once the
 * server is running and the application answers.
 */
public final class ServerRestart {

  private ServerRestart() {}

  public static Duration reload(ManagementClient management)
      throws IOException, InterruptedException {
    Instant started = Instant.now();
    ModelNode result =
        management.getControllerClient().execute(Operations.createOperation("reload"));
    if (!Operations.isSuccessfulOutcome(result)) {
      throw new IllegalStateException("reload refused: " + result);
    }
    Instant deadline = started.plus(Duration.ofMinutes(4));
    Thread.sleep(1_000);
    while (!running(management)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the server did not come back within four minutes");
      }
      Thread.sleep(500);
    }
    while (!answering()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the application did not answer within four minutes");
      }
      Thread.sleep(500);
    }
    return Duration.between(started, Instant.now());
  }

  private static boolean answering() {
    try {
      return Api.anonymous().get("open-data/").status() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean running(ManagementClient management) {
    try {
      ModelNode state =
          management
              .getControllerClient()
              .execute(
                  Operations.createReadAttributeOperation(
                      new ModelNode().setEmptyList(), "server-state"));
      return Operations.isSuccessfulOutcome(state)
          && "running".equals(Operations.readResult(state).asString());
    } catch (IOException | RuntimeException e) {
      return false; // the controller is still restarting
    }
  }
}
