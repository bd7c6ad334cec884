package org.veedor.history.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veedor.platform.settings.Configs;
import org.veedor.platform.settings.PlatformSettings;

class ImportUploadsTest {

  @TempDir Path data;
  private ImportUploads uploads;

  @BeforeEach
  void useTheTemporaryDataFolder() {
    uploads =
        new ImportUploads(
            new PlatformSettings(Configs.environment(Map.of("VEEDOR_DATA_DIR", data.toString()))));
  }

  @Test
  void shouldGiveBackARunsFilesAsTheyWereUploadedUntilTheyAreDiscarded() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("complaints", "Complaint_Number\n1\n".getBytes(StandardCharsets.UTF_8));
    files.put(
        "accused",
        "Complaint_Number,Accused_Name\n1,\"PÉREZ, ANA\"\n".getBytes(StandardCharsets.UTF_8));
    Path staged = uploads.stage("{\"name\":\"m\"}", files);
    assertThat(uploads.read(7)).as("not the run's until kept").isEmpty();

    uploads.keep(staged, 7);

    ImportUploads.Kept kept = uploads.read(7).orElseThrow();
    assertThat(kept.mappingJson()).isEqualTo("{\"name\":\"m\"}");
    assertThat(kept.files()).containsOnlyKeys("complaints", "accused");
    assertThat(kept.files().get("accused")).isEqualTo(files.get("accused"));
    assertThat(Files.exists(staged)).isFalse();

    uploads.discard(7);
    assertThat(uploads.read(7)).isEmpty();
    try (var left = Files.list(data.resolve("imports"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void shouldRemoveStagedFilesNoRunTookAndNothingElse() {
    Path staged = uploads.stage("{}", Map.of("complaints", new byte[] {1}));
    uploads.discard(staged);
    assertThat(Files.exists(staged)).isFalse();
    assertThatThrownBy(() -> uploads.discard(data)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.exists(data)).isTrue();
  }

  @Test
  void shouldKeepARoleThatLooksLikeAPathInsideTheRunsFolder() {
    Path staged = uploads.stage("{}", Map.of("../../etc/evil", new byte[] {1, 2, 3}));
    uploads.keep(staged, 8);

    assertThat(uploads.read(8).orElseThrow().files()).containsOnlyKeys("../../etc/evil");
    assertThat(Files.exists(data.resolve("etc"))).isFalse();
    assertThat(Files.exists(data.getParent().resolve("etc/evil.csv"))).isFalse();
  }
}
