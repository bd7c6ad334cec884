package org.veedor.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the built application deploys, read from the EAR itself: its REST endpoints from the JAX-RS
 * annotations of the web module's classes ({@code GET /api/complaints/{reference}}), and its pages
 * ({@code page /intake/complaint-list.xhtml}). Tests hold their own lists against these, so an
 * endpoint or page added without a row in them fails the build.
 */
public final class Deployed {

  private static final String WEB_MODULE = "veedor-web.war";
  private static final String CLASSES = "/WEB-INF/classes/";

  private Deployed() {}

  private static WebArchive web() {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/veedor.ear"));
    return ear.getAsType(WebArchive.class, WEB_MODULE);
  }

  /** Every REST endpoint: method and path, path parameters written {@code {name}}. */
  public static TreeSet<String> endpoints() {
    WebArchive web = web();
    File classes;
    try {
      classes = Files.createTempDirectory("veedor-web-classes").toFile();
      List<String> resourceClasses = new ArrayList<>();
      for (Map.Entry<ArchivePath, Node> entry : web.getContent().entrySet()) {
        String name = entry.getKey().get();
        if (!name.startsWith(CLASSES) || !name.endsWith(".class")) {
          continue;
        }
        byte[] bytes;
        try (InputStream in = entry.getValue().getAsset().openStream()) {
          bytes = in.readAllBytes();
        }
        File file = new File(classes, name.substring(CLASSES.length()));
        file.getParentFile().mkdirs();
        Files.write(file.toPath(), bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("Ljakarta/ws/rs/Path;")
            || text.contains("Ljakarta/ws/rs/ApplicationPath;")) {
          resourceClasses.add(
              name.substring(CLASSES.length(), name.length() - ".class".length())
                  .replace('/', '.'));
        }
      }
      TreeSet<String> endpoints = new TreeSet<>();
      try (URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toURI().toURL()}, Deployed.class.getClassLoader())) {
        String root = "";
        List<Class<?>> resources = new ArrayList<>();
        for (String name : resourceClasses) {
          Class<?> type = Class.forName(name, false, loader);
          ApplicationPath application = type.getAnnotation(ApplicationPath.class);
          if (application != null) {
            root = application.value();
          }
          if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers())) {
            resources.add(type);
          }
        }
        for (Class<?> type : resources) {
          String base = type.getAnnotation(Path.class).value();
          for (Method method : type.getMethods()) {
            String verb = verbOf(method);
            if (verb == null) {
              continue;
            }
            Path sub = method.getAnnotation(Path.class);
            endpoints.add(
                verb + " " + normalize(root + "/" + base + "/" + (sub == null ? "" : sub.value())));
          }
        }
      }
      return endpoints;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every page a browser may ask for: the web module's Faces views outside WEB-INF. */
  public static TreeSet<String> pages() {
    TreeSet<String> pages = new TreeSet<>();
    for (ArchivePath path : web().getContent().keySet()) {
      String name = path.get();
      if (name.endsWith(".xhtml")
          && !name.startsWith("/WEB-INF/")
          && !name.startsWith("/resources/")
          && !name.startsWith("/META-INF/")) {
        pages.add("page " + name);
      }
    }
    return pages;
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** One slash between parts, none at the end; a parameter's pattern left out. */
  static String normalize(String path) {
    String p = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  public static void main(String[] args) {
    endpoints().forEach(System.out::println);
    pages().forEach(System.out::println);
  }
}
