package org.veedor.workflows;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Which sequence flows the process tests took: a parse listener hangs a listener on every flow of
 * every deployed process, and the totals come from the BPMN files themselves.
 */
public final class FlowCoverage extends AbstractBpmnParseListener {

  private final Set<String> taken = ConcurrentHashMap.newKeySet();
  private final Set<String> entered = ConcurrentHashMap.newKeySet();

  @Override
  public void parseSequenceFlow(
      Element sequenceFlowElement, ScopeImpl scope, TransitionImpl transition) {
    String flow = transition.getId();
    transition.addListener(
        ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution -> taken.add(flow));
  }

  /** The catch events after an event-based gateway start only when their event arrives. */
  @Override
  public void parseIntermediateCatchEvent(
      Element intermediateEventElement, ScopeImpl scope, ActivityImpl activity) {
    String id = activity.getId();
    activity.addListener(
        ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> entered.add(id));
  }

  /**
   * The flows of a BPMN resource that no test took (flow ids are unique across our models). The
   * engine does not "take" the flows out of an event-based gateway (it waits on all their events at
   * once), so such a flow counts as taken when the event at its end was triggered.
   */
  public Set<String> untaken(String resource) {
    Set<String> missing = new TreeSet<>(flows(resource));
    missing.removeAll(taken);
    for (SequenceFlow flow : model(resource).getModelElementsByType(SequenceFlow.class)) {
      if (flow.getSource() instanceof EventBasedGateway
          && entered.contains(flow.getTarget().getId())) {
        missing.remove(flow.getId());
      }
    }
    return missing;
  }

  public static Set<String> flows(String resource) {
    Set<String> ids = new TreeSet<>();
    for (SequenceFlow flow : model(resource).getModelElementsByType(SequenceFlow.class)) {
      ids.add(flow.getId());
    }
    return ids;
  }

  private static BpmnModelInstance model(String resource) {
    try (InputStream in = FlowCoverage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such resource: " + resource);
      }
      return Bpmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
