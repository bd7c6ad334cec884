package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veedor.platform.MessageKey;

/**
 * Every message key a refusal or a problem document can carry is in the four bundles (the base, en,
 * es, pt), found by reading the enumerations of keys that the application and the web layer
 * declare, not by a list kept by hand.
 */
class RefusalMessagesTest {

  private static final List<String> BUNDLES =
      List.of("messages", "messages_en", "messages_es", "messages_pt");

  private static List<MessageKey> keys;
  private static Map<String, Properties> bundles;

  @BeforeAll
  static void readKeysAndBundles() throws Exception {
    keys = new ArrayList<>();
    for (Class<?> type : classesBeside(MessageKey.class)) {
      keysOf(type);
    }
    for (Class<?> type : classesBeside(Problems.class)) {
      keysOf(type);
    }
    bundles = new TreeMap<>();
    for (String name : BUNDLES) {
      Properties bundle = new Properties();
      try (InputStream in =
          Messages.class.getResourceAsStream("/org/veedor/web/i18n/" + name + ".properties")) {
        bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      bundles.put(name, bundle);
    }
  }

  @Test
  void shouldFindTheKeysOfEveryContext() {
    assertThat(keys)
        .extracting(MessageKey::key)
        .contains(
            "task.refusal.notYours",
            "input.refusal.required",
            "casefile.refusal.hashMismatch",
            "search.refusal.noSuchField",
            "import.refusal.columnsMissing",
            "problem.internalError")
        .doesNotHaveDuplicates();
    assertThat(keys).hasSizeGreaterThan(100);
  }

  @Test
  void shouldHoldEveryKeyInEveryBundle() {
    for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
      assertThat(keys)
          .as(bundle.getKey())
          .allSatisfy(
              key ->
                  assertThat(bundle.getValue().getProperty(key.key())).as(key.key()).isNotBlank());
    }
  }

  @Test
  void shouldTranslateEachKeyIntoSpanishAndPortuguese() {
    Properties english = bundles.get("messages_en");
    for (String language : List.of("messages_es", "messages_pt")) {
      Properties translated = bundles.get(language);
      assertThat(keys)
          .as(language)
          .filteredOn(key -> english.getProperty(key.key()).matches(".*[a-z]{3,}.*"))
          .allSatisfy(
              key ->
                  assertThat(translated.getProperty(key.key()))
                      .as(key.key())
                      .isNotEqualTo(english.getProperty(key.key())));
    }
  }

  @Test
  void shouldWriteApostrophesAsTheFormatterReadsThem() {
    // a message is formatted only when it has arguments: then an apostrophe is written twice
    for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
      for (MessageKey key : keys) {
        String pattern = bundle.getValue().getProperty(key.key());
        if (pattern.contains("{")) {
          assertThat(pattern.replace("''", ""))
              .as(bundle.getKey() + " " + key.key())
              .doesNotContain("'");
          String formatted = new MessageFormat(pattern).format(new Object[] {"A", "B", "C"});
          assertThat(formatted).as(bundle.getKey() + " " + key.key()).doesNotContain("{");
        } else {
          assertThat(pattern).as(bundle.getKey() + " " + key.key()).doesNotContain("''");
        }
      }
    }
  }

  @Test
  void shouldUseAsManyPlaceholdersInEveryLanguage() {
    Properties english = bundles.get("messages_en");
    for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
      for (MessageKey key : keys) {
        assertThat(placeholders(bundle.getValue().getProperty(key.key())))
            .as(bundle.getKey() + " " + key.key())
            .isEqualTo(placeholders(english.getProperty(key.key())));
      }
    }
  }

  private static List<String> placeholders(String pattern) {
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+").matcher(pattern);
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream().distinct().sorted().toList();
  }

  private static void keysOf(Class<?> type) {
    if (type.isEnum() && MessageKey.class.isAssignableFrom(type)) {
      for (Object constant : type.getEnumConstants()) {
        keys.add((MessageKey) constant);
      }
    }
  }

  /** The classes of the module (directory or jar) that holds a class. */
  private static List<Class<?>> classesBeside(Class<?> anchor)
      throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(root)) {
      return classesUnder(root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root)) {
      return classesUnder(jar.getPath("/"));
    }
  }

  private static List<Class<?>> classesUnder(Path root) throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace(".class", "");
        name = name.replace(file.getFileSystem().getSeparator(), ".");
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, false, RefusalMessagesTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          // a class whose dependencies the container provides: it declares no message keys,
          // which depend on nothing but the platform's MessageKey
          if (e instanceof ClassNotFoundException) {
            throw new UncheckedIOException(new IOException(name, e));
          }
        }
      }
    }
    return classes;
  }
}
