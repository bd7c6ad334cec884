package org.veedor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A results file of docs/benchmarks: one section per database between {@code <!-- key -->} marks,
 * replaced when measured again, each naming the commit and the machine it measured.
 */
public final class ResultsFile {

  private ResultsFile() {}

  /** The commit measured, short, or "unknown" outside a Git checkout. */
  public static String commit() {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor() == 0 && !out.isEmpty() ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** The machine's memory in GiB, through JMX (the server's modules hide com.sun.management). */
  public static double memoryGiB() {
    try {
      Object total =
          ManagementFactory.getPlatformMBeanServer()
              .getAttribute(
                  new javax.management.ObjectName("java.lang:type=OperatingSystem"),
                  "TotalMemorySize");
      return ((Number) total).doubleValue() / (1024.0 * 1024 * 1024);
    } catch (javax.management.JMException e) {
      return Double.NaN;
    }
  }

  /** Cores, memory and Java, as a results file names the machine. */
  public static String machine() {
    return String.format(
        Locale.ROOT,
        "%d cores, %.1f GiB, %s %s",
        Runtime.getRuntime().availableProcessors(),
        memoryGiB(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
  }

  /**
   * Puts a section (marked {@code <!-- key -->} ... {@code <!-- /key -->}) into a file: in place of
   * the one measured before, or at the end; a new file starts with its heading.
   */
  public static void put(Path file, String heading, String key, String section) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : heading;
    Pattern old =
        Pattern.compile("<!-- " + key + " -->.*?<!-- /" + key + " -->\\R?", Pattern.DOTALL);
    text =
        old.matcher(text).find()
            ? old.matcher(text).replaceFirst(Matcher.quoteReplacement(section))
            : text + section + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
