package org.veedor.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Officers named together in complaints, as a graph: an edge joins two officers for each complaint
 * that names both. Its connected groups (those joined by edges of at least a chosen weight, so that
 * one shared complaint need not tie two networks together) are ranked by their corruption
 * allegations and their size.
 */
public final class OfficerNetwork {

  /** One complaint as the network sees it: the officers it names and its corruption allegations. */
  public record Complaint(long id, Set<Long> officers, int corruptionAllegations) {}

  /** Two officers and the complaints that name both. */
  public record Edge(long officer, long other, int complaints) {}

  /**
   * A connected group.
   *
   * @param complaints the complaints naming at least two of its officers
   * @param corruptionAllegations the corruption allegations of those complaints
   */
  public record Group(
      int rank,
      Set<Long> officers,
      List<Edge> edges,
      Set<Long> complaints,
      int corruptionAllegations) {}

  private final Map<Long, Map<Long, Integer>> weights = new HashMap<>();
  private final Map<String, Set<Long>> complaintsOfPair = new HashMap<>();
  private final Map<Long, Integer> corruption = new HashMap<>();

  /** Builds the graph from the complaints. */
  public static OfficerNetwork of(Iterable<Complaint> complaints) {
    OfficerNetwork network = new OfficerNetwork();
    for (Complaint complaint : complaints) {
      List<Long> named = new ArrayList<>(new TreeSet<>(complaint.officers()));
      network.corruption.put(complaint.id(), complaint.corruptionAllegations());
      for (int i = 0; i < named.size(); i++) {
        for (int j = i + 1; j < named.size(); j++) {
          long a = named.get(i);
          long b = named.get(j);
          network.weights.computeIfAbsent(a, x -> new HashMap<>()).merge(b, 1, Integer::sum);
          network.weights.computeIfAbsent(b, x -> new HashMap<>()).merge(a, 1, Integer::sum);
          network
              .complaintsOfPair
              .computeIfAbsent(a + ":" + b, x -> new TreeSet<>())
              .add(complaint.id());
        }
      }
    }
    return network;
  }

  /**
   * The groups of at least two officers joined by edges of at least {@code minComplaints}, most
   * corruption allegations first, then the largest.
   */
  public List<Group> groups(int minComplaints) {
    Map<Long, Long> parent = new HashMap<>();
    for (Map.Entry<Long, Map<Long, Integer>> from : weights.entrySet()) {
      for (Map.Entry<Long, Integer> to : from.getValue().entrySet()) {
        if (to.getValue() >= minComplaints) {
          union(parent, from.getKey(), to.getKey());
        }
      }
    }
    Map<Long, Set<Long>> members = new LinkedHashMap<>();
    for (Long officer : new TreeSet<>(parent.keySet())) {
      members.computeIfAbsent(find(parent, officer), r -> new TreeSet<>()).add(officer);
    }
    List<Group> groups = new ArrayList<>();
    for (Set<Long> officers : members.values()) {
      List<Edge> edges = new ArrayList<>();
      Set<Long> complaints = new TreeSet<>();
      for (Long a : officers) {
        for (Map.Entry<Long, Integer> to : weights.getOrDefault(a, Map.of()).entrySet()) {
          long b = to.getKey();
          if (a < b && officers.contains(b) && to.getValue() >= minComplaints) {
            edges.add(new Edge(a, b, to.getValue()));
            complaints.addAll(complaintsOfPair.get(a + ":" + b));
          }
        }
      }
      int corrupt = complaints.stream().mapToInt(c -> corruption.getOrDefault(c, 0)).sum();
      edges.sort(
          Comparator.comparingInt(Edge::complaints).reversed().thenComparingLong(Edge::officer));
      groups.add(new Group(0, officers, edges, complaints, corrupt));
    }
    groups.sort(
        Comparator.comparingInt(Group::corruptionAllegations)
            .reversed()
            .thenComparing(g -> g.officers().size(), Comparator.reverseOrder())
            .thenComparing(g -> g.officers().iterator().next()));
    List<Group> ranked = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      ranked.add(
          new Group(i + 1, g.officers(), g.edges(), g.complaints(), g.corruptionAllegations()));
    }
    return ranked;
  }

  /** The groups as GraphML, one graph with each officer's group as a node attribute. */
  public static String graphMl(List<Group> groups, Map<Long, String> labels) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        .append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
        .append("  <key id=\"group\" for=\"node\" attr.name=\"group\" attr.type=\"int\"/>\n")
        .append(
            "  <key id=\"complaints\" for=\"edge\" attr.name=\"complaints\" attr.type=\"int\"/>\n")
        .append("  <graph id=\"officers\" edgedefault=\"undirected\">\n");
    for (Group group : groups) {
      for (Long officer : group.officers()) {
        xml.append("    <node id=\"o")
            .append(officer)
            .append("\"><data key=\"label\">")
            .append(escape(labels.getOrDefault(officer, String.valueOf(officer))))
            .append("</data><data key=\"group\">")
            .append(group.rank())
            .append("</data></node>\n");
      }
    }
    for (Group group : groups) {
      for (Edge edge : group.edges()) {
        xml.append("    <edge source=\"o")
            .append(edge.officer())
            .append("\" target=\"o")
            .append(edge.other())
            .append("\"><data key=\"complaints\">")
            .append(edge.complaints())
            .append("</data></edge>\n");
      }
    }
    return xml.append("  </graph>\n</graphml>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static long find(Map<Long, Long> parent, long x) {
    parent.putIfAbsent(x, x);
    long root = x;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    while (parent.get(x) != root) {
      long next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
