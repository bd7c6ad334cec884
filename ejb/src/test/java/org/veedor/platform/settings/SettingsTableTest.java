package org.veedor.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * The README's settings table ("## Settings") lists exactly the settings Veedor reads: those the
 * settings beans read (recorded as they check themselves), and those the server's configuration
 * scripts and persistence.xml name as expressions. Each row names one setting both ways: the
 * property, and the environment variable derived from it.
 */
class SettingsTableTest {

  private static final Path REPOSITORY = Path.of("..");
  private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern SERVER_PROPERTY = Pattern.compile("\\$\\{(veedor\\.[a-z0-9.-]+)");
  private static final Pattern SERVER_VARIABLE = Pattern.compile("\\$\\{env\\.(VEEDOR_[A-Z0-9_]+)");

  /** A row of the table: its property (null for a variable alone) and its variable. */
  record Row(String property, String variable) {}

  @Test
  void shouldListEverySettingTheCodeReadsAndNoOther() throws IOException {
    Set<String> read = readByTheCode();
    Set<String> server = new TreeSet<>();
    Set<String> serverVariables = new TreeSet<>();
    for (Path file : serverConfiguration()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      collect(SERVER_PROPERTY, text, server);
      collect(SERVER_VARIABLE, text, serverVariables);
    }
    List<Row> rows = table();

    Set<String> listed = new TreeSet<>();
    Set<String> listedVariables = new TreeSet<>();
    for (Row row : rows) {
      if (row.property() != null) {
        listed.add(row.property());
        assertThat(row.variable())
            .as("the variable of %s is the one MicroProfile Config derives", row.property())
            .isEqualTo(SettingReader.variable(row.property()));
      }
      listedVariables.add(row.variable());
    }
    Set<String> readSomewhere = new TreeSet<>(read);
    readSomewhere.addAll(server);
    assertThat(listed)
        .as("the settings in the README's table, against those the code and the server read")
        .containsExactlyInAnyOrderElementsOf(readSomewhere);

    Set<String> variables = new TreeSet<>(serverVariables);
    read.forEach(property -> variables.add(SettingReader.variable(property)));
    assertThat(listedVariables)
        .as("the variables in the README's table, against those read")
        .containsExactlyInAnyOrderElementsOf(variables);
    for (String property : server) {
      assertThat(serverVariables)
          .as("the server's configuration reads %s also as its variable", property)
          .contains(SettingReader.variable(property));
    }
  }

  @Test
  void shouldFindTheSettingsOfEveryContext() {
    assertThat(SettingsBeans.classes())
        .extracting(Class::getSimpleName)
        .contains(
            "PlatformSettings",
            "ReportingSettings",
            "CaseFileSettings",
            "IntakeSettings",
            "IdentitySettings",
            "DisciplineSettings",
            "DemoSettings");
  }

  /** The properties every settings bean reads when it checks itself. */
  static Set<String> readByTheCode() {
    Set<String> read = new TreeSet<>();
    Config recording =
        (Config)
            Proxy.newProxyInstance(
                Config.class.getClassLoader(),
                new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConfigValue")) {
                    read.add((String) args[0]);
                    return null;
                  }
                  throw new UnsupportedOperationException(
                      "settings are read through getConfigValue: " + method);
                });
    SettingsCheck.check(SettingsBeans.on(recording));
    return read;
  }

  private static List<Path> serverConfiguration() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> scripts = Files.list(REPOSITORY.resolve("ear/src/main/wildfly"))) {
      scripts
          .filter(f -> f.toString().endsWith(".cli") || f.toString().endsWith(".batch"))
          .forEach(files::add);
    }
    files.add(Path.of("src/main/resources/META-INF/persistence.xml"));
    assertThat(files).as("the server's configuration scripts").hasSizeGreaterThan(2);
    return files;
  }

  /** The rows of the first table under "## Settings". */
  static List<Row> table() throws IOException {
    List<String> lines = Files.readAllLines(REPOSITORY.resolve("README.md"));
    int start = lines.indexOf("## Settings");
    assertThat(start).as("the README has a section \"## Settings\"").isNotNegative();
    List<Row> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      String[] cells = line.split("\\|", -1);
      if (cells.length < 5
          || cells[1].strip().startsWith("---")
          || cells[1].strip().equals("Setting")) {
        continue;
      }
      Matcher property = TICKED.matcher(cells[1]);
      Matcher variable = TICKED.matcher(cells[2]);
      assertThat(variable.find()).as("a variable in the row: %s", line).isTrue();
      rows.add(new Row(property.find() ? property.group(1) : null, variable.group(1)));
    }
    assertThat(rows).as("rows in the settings table").isNotEmpty();
    return rows;
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }
}
