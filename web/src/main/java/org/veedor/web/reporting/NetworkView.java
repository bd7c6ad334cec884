package org.veedor.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.application.OfficerNetworks;
import org.veedor.web.platform.Messages;

/**
 * The network view (reports/networks.xhtml): the groups of officers named together, ranked by
 * corruption allegations and size, each drawn as a graph (officers on a circle, a line per tie,
 * thicker for more shared complaints) with its members and ties listed beside it.
 */
@Named
@ViewScoped
public class NetworkView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final double SIZE = 320;

  @Inject transient OfficerNetworks networks;

  private int min = 2;
  private int top = 10;
  private List<OfficerNetworks.GroupView> groups = List.of();

  public void load() {
    try {
      groups = networks.groups(min, top);
    } catch (InvalidInputException e) {
      Messages.error("network.invalid");
      groups = List.of();
    }
  }

  /** An officer drawn at a point. */
  /**
   * An officer drawn as a circle with their badge number beside it; the label sits below the circle
   * (above it near the bottom edge) and keeps inside the drawing at the sides.
   */
  public record Node(
      String badge,
      String label,
      String x,
      String y,
      String labelX,
      String labelY,
      String anchor) {}

  /** A tie drawn as a line. */
  public record Edge(String x1, String y1, String x2, String y2, String width, int complaints) {}

  public List<Node> nodes(OfficerNetworks.GroupView group) {
    List<Node> nodes = new ArrayList<>();
    Map<String, double[]> at = positions(group);
    for (OfficerNetworks.Member m : group.officers()) {
      double[] p = at.get(m.badgeNumber());
      String anchor = p[0] < 40 ? "start" : p[0] > 280 ? "end" : "middle";
      double labelX = p[0] < 40 ? p[0] - 9 : p[0] > 280 ? p[0] + 9 : p[0];
      double labelY = p[1] > 290 ? p[1] - 13 : p[1] + 21;
      nodes.add(
          new Node(
              m.badgeNumber(), m.name(), fmt(p[0]), fmt(p[1]), fmt(labelX), fmt(labelY), anchor));
    }
    return nodes;
  }

  public List<Edge> edges(OfficerNetworks.GroupView group) {
    Map<String, double[]> at = positions(group);
    List<Edge> edges = new ArrayList<>();
    for (OfficerNetworks.Tie t : group.ties()) {
      double[] a = at.get(t.badgeNumber());
      double[] b = at.get(t.otherBadgeNumber());
      if (a != null && b != null) {
        edges.add(
            new Edge(
                fmt(a[0]),
                fmt(a[1]),
                fmt(b[0]),
                fmt(b[1]),
                fmt(Math.min(12, 1 + t.complaints())),
                t.complaints()));
      }
    }
    return edges;
  }

  private static Map<String, double[]> positions(OfficerNetworks.GroupView group) {
    Map<String, double[]> at = new HashMap<>();
    int n = group.officers().size();
    double r = SIZE / 2 - 30;
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n - Math.PI / 2;
      at.put(
          group.officers().get(i).badgeNumber(),
          new double[] {SIZE / 2 + r * Math.cos(angle), SIZE / 2 + r * Math.sin(angle)});
    }
    return at;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  public List<OfficerNetworks.GroupView> getGroups() {
    return groups;
  }

  public int getMin() {
    return min;
  }

  public void setMin(int min) {
    this.min = min;
  }

  public int getTop() {
    return top;
  }

  public void setTop(int top) {
    this.top = top;
  }
}
