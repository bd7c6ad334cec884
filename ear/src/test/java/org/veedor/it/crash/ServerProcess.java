package org.veedor.it.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.veedor.it.support.Api;

/**
 * A WildFly server with Veedor started by the test itself (not by Arquillian), so that it can be
 * killed with SIGKILL and started again on the same data: its own base directory (a copy of the
 * provisioned server's configuration, with the built EAR in its deployments folder), the same ports
 * as the other suites' servers (never at the same time), or ports moved by an offset for a second
 * node beside the first.
 */
final class ServerProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home;
  private final Path base;
  private final List<String> options;
  private final int portOffset;
  private Process process;
  private int starts;

  ServerProcess(Path home, Path ear, Path base, List<String> options) throws IOException {
    this(home, ear, base, options, 0);
  }

  /** A server whose ports are the usual ones plus the offset (HTTP 8080, management 9990). */
  ServerProcess(Path home, Path ear, Path base, List<String> options, int portOffset)
      throws IOException {
    this.home = home;
    this.base = base;
    this.portOffset = portOffset;
    this.options = new ArrayList<>(options);
    if (portOffset != 0) {
      this.options.add("-Djboss.socket.binding.port-offset=" + portOffset);
    }
    deleteTree(base);
    Path configuration = Files.createDirectories(base.resolve("configuration"));
    try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, configuration.resolve(file.getFileName()));
      }
    }
    Path deployments = Files.createDirectories(base.resolve("deployments"));
    Files.copy(ear, deployments.resolve("veedor.ear"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Starts the server and waits until Veedor answers; returns how long that took. */
  Duration start() throws IOException, InterruptedException {
    Instant began = Instant.now();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add("standalone-veedor.xml");
    command.add("-Djboss.server.base.dir=" + base);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_OPTS", String.join(" ", options));
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    builder.redirectErrorStream(true);
    builder.redirectOutput(
        ProcessBuilder.Redirect.appendTo(base.resolve("console-" + ++starts + ".log").toFile()));
    process = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped while starting; see " + base);
      }
      if (answers("http://127.0.0.1:" + (9990 + portOffset) + "/health/ready") && serves()) {
        return Duration.between(began, Instant.now());
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the server did not become ready in six minutes; see " + base);
  }

  /** SIGKILL to the server's JVM and its launcher: nothing is shut down in order. */
  void kill() throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : all) {
      handle.onExit().join();
    }
  }

  /** Stops the server as an operator would, when a test ends. */
  void stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
      kill();
    }
  }

  /** This server's own address of Veedor, not through a proxy. */
  String base() {
    return "http://127.0.0.1:" + (8080 + portOffset) + "/veedor/";
  }

  /** The server's console output of its latest start. */
  Path console() {
    return base.resolve("console-" + starts + ".log");
  }

  private boolean serves() {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base() + "api/categories"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString(
                                  ("intake:" + Api.DEMO_PASSWORD)
                                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean answers(String url) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Removes a folder and all it holds, when it is there. */
  static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> old = Files.walk(folder)) {
        old.sorted((a, b) -> b.compareTo(a)).forEach(ServerProcess::delete);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
