package org.veedor.platform.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Every context's settings bean, found among the module's compiled classes (so a new one is checked
 * without being listed here), built on a configuration of the test's own.
 */
final class SettingsBeans {

  private SettingsBeans() {}

  static List<Class<? extends ContextSettings>> classes() {
    Path classes;
    try {
      classes =
          Path.of(
              ContextSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<? extends ContextSettings>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = classes.relativize(file).toString();
        if (!relative.endsWith(".class") || relative.contains("$")) {
          continue;
        }
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        Class<?> type = Class.forName(name, false, SettingsBeans.class.getClassLoader());
        if (ContextSettings.class.isAssignableFrom(type)
            && !Modifier.isAbstract(type.getModifiers())) {
          found.add(type.asSubclass(ContextSettings.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  static List<ContextSettings> on(Config config) {
    List<ContextSettings> beans = new ArrayList<>();
    for (Class<? extends ContextSettings> type : classes()) {
      try {
        beans.add(type.getConstructor(Config.class).newInstance(config));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            type.getName() + " needs a public constructor taking a Config, for the tests", e);
      }
    }
    return beans;
  }
}
