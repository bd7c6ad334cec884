package org.veedor.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A slice of the Chicago complaint register, for imports that must not touch the register's own.
 */
public final class ChicagoSlice {

  static final Path DATA = Path.of(System.getProperty("veedor.it.chicago", "chicago-cr-2016"));

  private ChicagoSlice() {}

  /**
   * The first complaints of the Chicago register, with their accused officers and complainants,
   * under complaint numbers of their own (a prefix no other call used), so that each is new, and
   * with the shipped mapping moved to a territory and a force of their own, so that the figures the
   * Chicago import test checks are not touched. The files go to {@code POST imports} as they are.
   */
  public static Map<String, byte[]> files(int count, String territory, String force)
      throws IOException {
    JsonObject shipped = Api.as("admin").get("imports/mappings/chicago-cr-2016").json();
    JsonObject mapping =
        Json.createObjectBuilder(shipped)
            .add("name", "test-" + territory.toLowerCase(java.util.Locale.ROOT))
            .add("source", "test-" + territory.toLowerCase(java.util.Locale.ROOT))
            .add(
                "territory",
                Json.createObjectBuilder()
                    .add("code", territory)
                    .add("name", "Test territory " + territory))
            .add(
                "force",
                Json.createObjectBuilder(shipped.getJsonObject("force"))
                    .add("code", force)
                    .add("name", "Test police " + force)
                    .add("unitPrefix", force + "-")
                    .add("badgePrefix", force + "-"))
            .build();
    String prefix = Integer.toString(ThreadLocalRandom.current().nextInt(100, 999)) + "9";
    Set<String> keys = new HashSet<>();
    List<String> complaints = Files.readAllLines(DATA.resolve("complaints.csv"));
    StringBuilder slice = new StringBuilder(complaints.get(0)).append('\n');
    for (String line : complaints.subList(1, complaints.size())) {
      String key = line.substring(0, line.indexOf(','));
      if (keys.size() < count && keys.add(key)) {
        slice.append(prefix).append(line).append('\n');
      } else if (keys.contains(key)) {
        slice.append(prefix).append(line).append('\n'); // a repeated row of a chosen complaint
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("mapping", mapping.toString().getBytes(StandardCharsets.UTF_8));
    files.put("complaints", slice.toString().getBytes(StandardCharsets.UTF_8));
    for (String role : List.of("accused", "complainants")) {
      List<String> lines = Files.readAllLines(DATA.resolve(role + ".csv"));
      StringBuilder rows = new StringBuilder(lines.get(0)).append('\n');
      for (String line : lines.subList(1, lines.size())) {
        if (keys.contains(line.substring(0, line.indexOf(',')))) {
          rows.append(prefix).append(line).append('\n');
        }
      }
      files.put(role, rows.toString().getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }
}
