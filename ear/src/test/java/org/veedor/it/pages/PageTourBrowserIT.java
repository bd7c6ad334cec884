package org.veedor.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.veedor.it.support.Api;
import org.veedor.it.support.Browser;
import org.veedor.it.support.ContactSheet;
import org.veedor.it.support.Deployed;
import org.veedor.it.support.Deployments;

/**
 * Every page as each role sees it: signed in as each role (and as the public), every page the role
 * may open, in English, Spanish and Portuguese, at 360, 768 and 1,400 px. A page fails the tour on
 * a raw {@code ???key???}, a sideways scrollbar, a server error in place of the page, an error in
 * the browser's console, or a serious or critical violation found by axe-core (at 1,400 px, on each
 * page a role opens in one of the three languages, the language turning from page to page and from
 * role to role, so that a page several roles open is checked in each language; axe's script is
 * large and runs slowly on two cores, and its rules do not depend on the words). Every defect is
 * listed before the test fails, so one run shows them all. Screenshots go to the screenshots
 * folder: each page at 360 px in full, and a contact sheet per role of every page, language and
 * width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageTourBrowserIT {

  private static final List<String> LANGUAGES = List.of("en", "es", "pt");
  private static final List<Integer> WIDTHS = List.of(1400, 768, 360);
  private static final String PUBLIC = "public";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.veedor();
  }

  private static final List<String> defects = new ArrayList<>();
  private static String axe;

  @BeforeAll
  static void readAxe() throws IOException {
    String path = System.getProperty("veedor.it.axe");
    assertThat(path).as("the axe-core script (-Dveedor.it.axe, set by the build)").isNotNull();
    axe = Files.readString(Path.of(path));
  }

  @AfterAll
  static void forget() {
    defects.clear();
  }

  /** A page of the tour: its address (with what it needs to show something) and who opens it. */
  private record Page(String name, String address) {}

  private static final Set<String> CASE_READERS =
      Set.of("intake", "investigator", "supervisor", "authority", "appeals", "board", "auditor");
  private static final Set<String> REPORT_READERS =
      Set.of("supervisor", "board", "leadership", "auditor");

  /** The pages the role may open, as the authorization matrix has them. */
  private static List<Page> pagesOf(String role) {
    List<Page> pages = new ArrayList<>();
    if (role.equals(PUBLIC)) {
      pages.add(new Page("/login.xhtml", "login.xhtml"));
      pages.add(new Page("/error.xhtml", "error.xhtml"));
      pages.add(new Page("/not-found.xhtml", "not-found.xhtml"));
    } else {
      pages.add(new Page("/index.xhtml", "index.xhtml"));
      pages.add(new Page("/tasks/task-inbox.xhtml", "tasks/task-inbox.xhtml"));
      pages.add(new Page("/account/password.xhtml", "account/password.xhtml"));
      firstTask(role)
          .ifPresent(
              id ->
                  pages.add(
                      new Page("/tasks/task-form.xhtml", "tasks/task-form.xhtml?task=" + id)));
    }
    if (role.equals("intake")) {
      // an address that does not exist answers with the not-found page, not the error page
      pages.add(new Page("/not-found.xhtml", "intake/no-such-page.xhtml"));
    }
    if (CASE_READERS.contains(role)) {
      pages.add(new Page("/intake/complaint-list.xhtml", "intake/complaint-list.xhtml"));
      pages.add(
          new Page(
              "/intake/complaint-detail.xhtml",
              "intake/complaint-detail.xhtml?reference=" + firstCase(role)));
      pages.add(new Page("/search/case-search.xhtml", "search/case-search.xhtml?q=soborno"));
    }
    if (Set.of("intake", "supervisor").contains(role)) {
      pages.add(new Page("/intake/register.xhtml", "intake/register.xhtml"));
    }
    if (REPORT_READERS.contains(role)) {
      pages.add(new Page("/reports/dashboard.xhtml", "reports/dashboard.xhtml"));
      pages.add(new Page("/reports/networks.xhtml", "reports/networks.xhtml"));
      pages.add(new Page("/reports/quarterly.xhtml", "reports/quarterly.xhtml"));
    }
    if (role.equals("auditor")) {
      pages.add(new Page("/audit/audit-trail.xhtml", "audit/audit-trail.xhtml"));
    }
    if (role.equals("admin")) {
      pages.add(new Page("/admin/imports.xhtml", "admin/imports.xhtml"));
      pages.add(new Page("/admin/search-index.xhtml", "admin/search-index.xhtml"));
      pages.add(new Page("/admin/accounts.xhtml", "admin/accounts.xhtml"));
      pages.add(new Page("/admin/organisation.xhtml", "admin/organisation.xhtml"));
      pages.add(new Page("/admin/categories.xhtml", "admin/categories.xhtml"));
    }
    if (role.equals(PUBLIC) || role.equals("intake")) {
      pages.add(new Page("/public/file.xhtml", "public/file.xhtml"));
      pages.add(new Page("/public/follow.xhtml", "public/follow.xhtml"));
    }
    if (role.equals(PUBLIC) || role.equals("leadership")) {
      pages.add(new Page("/public/transparency.xhtml", "public/transparency.xhtml"));
    }
    return pages;
  }

  private static java.util.Optional<String> firstTask(String role) {
    JsonArray items = Api.as(role).get("tasks?size=1").json().getJsonArray("items");
    return items.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(items.getJsonObject(0).getString("id"));
  }

  private static String firstCase(String role) {
    JsonArray items = Api.as(role).get("complaints?size=1").json().getJsonArray("items");
    assertThat(items).as("a case %s may read", role).isNotEmpty();
    return items.getJsonObject(0).getString("referenceNumber");
  }

  private static final List<String> ROLES =
      List.of(
          PUBLIC,
          "intake",
          "investigator",
          "supervisor",
          "authority",
          "appeals",
          "board",
          "leadership",
          "auditor",
          "admin");

  @Test
  void shouldShowEveryPageOfEveryRoleWholeInEveryLanguageAndWidth() {
    Set<String> toured = new TreeSet<>();
    for (String role : ROLES) {
      List<Page> pages = pagesOf(role);
      pages.forEach(p -> toured.add("page " + p.name()));
      tour(role, pages);
    }
    toured.add("page /error.xhtml");
    assertThat(toured).as("every deployed page is toured").containsAll(Deployed.pages());
    assertThat(defects).as(String.join("\n", defects)).isEmpty();
  }

  private void tour(String role, List<Page> pages) {
    try (Browser session = new Browser()) {
      WebDriver driver = session.driver;
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      ContactSheet sheet = new ContactSheet(role, WIDTHS.size());
      if (!role.equals(PUBLIC)) {
        driver.get(Api.BASE + "index.xhtml");
        session
            .wait
            .until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")))
            .sendKeys(role);
        driver.findElement(By.id("j_password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
      }
      int turn = ROLES.indexOf(role);
      for (String language : LANGUAGES) {
        for (int p = 0; p < pages.size(); p++) {
          Page page = pages.get(p);
          boolean axeHere = LANGUAGES.get((turn + p) % LANGUAGES.size()).equals(language);
          driver.manage().window().setSize(new Dimension(1400, 1000));
          driver.get(Api.BASE + page.address());
          if (!language.equals(current(driver))) {
            switchTo(session, language);
          }
          String where = role + " " + page.name() + " (" + language + ")";
          check(driver, where, page, axeHere);
          for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            Long overflow = settledOverflow(driver);
            if (overflow != null && overflow > 0) {
              defects.add(
                  where
                      + " at "
                      + width
                      + " px: scrolls sideways by "
                      + overflow
                      + " px ("
                      + widest(driver)
                      + ")");
            }
            byte[] shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            sheet.add(page.name() + " " + language + " " + width, shot);
            if (width == 360) {
              save(role + page.name() + "-" + language + "-360", shot);
            }
          }
          consoleErrors(driver, where, page);
        }
      }
      sheet.writeTo(System.getProperty("veedor.it.screenshots"));
    }
  }

  /**
   * How far the page scrolls sideways once its layout has settled at the new width: charts redraw a
   * frame or two after the window changes, so a first reading may still see the wider layout. Read
   * again for up to two seconds while there is overflow; the page the user sees is the settled one.
   */
  private static Long settledOverflow(WebDriver driver) {
    Long overflow = null;
    for (int attempt = 0; attempt < 10; attempt++) {
      overflow =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;");
      if (overflow == null || overflow <= 0) {
        return overflow;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return overflow;
      }
    }
    return overflow;
  }

  private static String current(WebDriver driver) {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  private static void switchTo(Browser session, String language) {
    session.driver.findElement(By.cssSelector("a[data-language='" + language + "']")).click();
    session.wait.until(
        d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  private void check(WebDriver driver, String where, Page page, boolean axeHere) {
    String text = driver.findElement(By.tagName("body")).getText();
    String source = driver.getPageSource();
    if (source.contains("???")) {
      int at = source.indexOf("???");
      defects.add(
          where
              + ": a raw message key "
              + source.substring(at, Math.min(at + 60, source.length())));
    }
    if (!page.name().equals("/error.xhtml")
        && !driver.findElements(By.id("error-message")).isEmpty()) {
      defects.add(where + ": the error page in its place: " + text.lines().limit(3).toList());
    }
    if (page.name().equals("/not-found.xhtml")
        && driver.findElements(By.id("not-found-message")).isEmpty()) {
      defects.add(where + ": not the not-found page: " + text.lines().limit(3).toList());
    }
    if (!axeHere) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    axe
                        + "\n;var done = arguments[arguments.length - 1];"
                        + " axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.filter(function (v) {"
                        + "    return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "   .map(function (v) { return {id: v.id, impact: v.impact,"
                        + "     nodes: v.nodes.slice(0, 3).map(function (n) {"
                        + "       return n.target.join(' '); }).join(', ')}; }));"
                        + " }, function (e) { done([{id: 'axe failed', impact: String(e),"
                        + " nodes: ''}]); });");
    for (Map<String, Object> v : violations) {
      defects.add(where + ": axe " + v.get("impact") + " " + v.get("id") + " at " + v.get("nodes"));
    }
  }

  /** The elements wider than the window, the first few, to say where a page overflows. */
  private static String widest(WebDriver driver) {
    Object found =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                    + " document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect(), p = e.parentElement;"
                    + "  var inside = p && p.getBoundingClientRect().right <= w + 1;"
                    + "  if (r.right > w + 1 && inside && out.length < 3 && r.width > 0) {"
                    + "   out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + "    + (e.className && e.className.baseVal === undefined"
                    + "     ? '.' + String(e.className).trim().split(/\\s+/).slice(0, 2).join('.') : '')"
                    + "    + ' ' + Math.round(r.right) + 'px'); } });"
                    + " return out.join(', ');");
    return String.valueOf(found);
  }

  private static void consoleErrors(WebDriver driver, String where, Page page) {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      // the not-found page answers its own address with 404, as it should
      boolean ownStatus =
          page.name().equals("/not-found.xhtml") && entry.getMessage().contains(page.address());
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !ownStatus) {
        defects.add(where + ": console error " + entry.getMessage());
      }
    }
  }

  private static void save(String name, byte[] shot) {
    String folder = System.getProperty("veedor.it.screenshots");
    if (folder == null) {
      return;
    }
    try {
      Path file = Path.of(folder, "tour", name.replaceAll("[^A-Za-z0-9-]+", "_") + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, shot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
