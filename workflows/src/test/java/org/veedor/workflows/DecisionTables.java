package org.veedor.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * One of our decision tables on a bare DMN engine, remembering which rules fired, so that a test
 * class can require that every rule of its table was exercised.
 */
public final class DecisionTables {

  private final String resource;
  private final DmnDecision decision;
  private final DmnEngine engine;
  private final Set<String> fired = ConcurrentHashMap.newKeySet();

  public DecisionTables(String resource, String decisionKey) {
    this.resource = resource;
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener listener =
        event -> {
          for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
            fired.add(rule.getId());
          }
        };
    configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
    engine = configuration.buildEngine();
    try (InputStream in = open(resource)) {
      decision = engine.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single result of the table for these inputs. */
  public DmnDecisionResultEntries evaluate(Map<String, Object> inputs) {
    return engine.evaluateDecision(decision, inputs).getSingleResult();
  }

  /** Rules of the table that no evaluation has fired. */
  public Set<String> unfired() {
    Set<String> all = new TreeSet<>();
    try (InputStream in = open(resource)) {
      Matcher rule =
          Pattern.compile("<rule id=\"([^\"]+)\"")
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (rule.find()) {
        all.add(rule.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(
        "rule coverage %s: %d of %d rules fired%n", resource, countFired(all), all.size());
    all.removeAll(fired);
    return all;
  }

  private int countFired(Set<String> all) {
    return (int) all.stream().filter(fired::contains).count();
  }

  private static InputStream open(String resource) {
    InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no such resource: " + resource);
    }
    return in;
  }
}
