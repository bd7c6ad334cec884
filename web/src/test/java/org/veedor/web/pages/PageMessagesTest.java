package org.veedor.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key a page names literally ({@code msg['task.inbox.title']}) is in the four
 * bundles, so no page shows a raw {@code ???key???} in any language. Keys built at run time ({@code
 * 'category.'.concat(code)}) are the page tour's to catch.
 */
class PageMessagesTest {

  private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  @Test
  void shouldFindEveryKeyAPageNamesInEveryBundle() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = LITERAL_KEY.matcher(Files.readString(page));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertThat(named).as("keys named by the pages").hasSizeGreaterThan(100);
    for (String bundle : List.of("messages", "messages_en", "messages_es", "messages_pt")) {
      Properties keys = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/org/veedor/web/i18n/" + bundle + ".properties")) {
        keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(named.stream().filter(k -> !keys.containsKey(k)).toList())
          .as("keys the pages name that %s lacks", bundle)
          .isEmpty();
    }
  }
}
