package org.veedor.reporting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veedor.audit.application.AuditTrail;
import org.veedor.audit.domain.AuditEventType;
import org.veedor.audit.domain.AuditOutcome;
import org.veedor.identity.application.Viewers;
import org.veedor.identity.domain.Roles;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.infrastructure.ComplaintSearch;
import org.veedor.officers.domain.Officer;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.reporting.domain.OfficerNetwork;

/**
 * Networks of officers named together in complaints, over the complaints the reader may see (the
 * access rules apply: sealed cases only for those who see them, conflicts excluded, closed cases
 * only for the oversight board).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.OVERSIGHT_BOARD, Roles.LEADERSHIP, Roles.AUDITOR})
public class OfficerNetworks {

  /** An officer in a group. */
  public record Member(String badgeNumber, String name, String rank, String unit) {}

  /** Two members and the complaints naming both. */
  public record Tie(String badgeNumber, String otherBadgeNumber, int complaints) {}

  /** A group, ranked. */
  public record GroupView(
      int rank, List<Member> officers, List<Tie> ties, int complaints, int corruptionAllegations) {}

  @Resource SessionContext session;
  @PersistenceContext EntityManager em;
  @Inject Viewers viewers;
  @Inject ComplaintSearch complaints;
  @Inject AuditTrail audit;

  /**
   * The top groups joined by at least {@code minComplaints} shared complaints.
   *
   * @throws InvalidInputException for a minimum below 1 or a top outside 1 to 200
   */
  public List<GroupView> groups(int minComplaints, int top) {
    return views(ranked(minComplaints, top), minComplaints, top);
  }

  /** The same groups as GraphML, for network tools. */
  public String graphMl(int minComplaints, int top) {
    List<OfficerNetwork.Group> groups = ranked(minComplaints, top);
    Map<Long, String> labels = new HashMap<>();
    officersOf(groups)
        .forEach((id, o) -> labels.put(id, o.fullName() + " (" + o.badgeNumber() + ")"));
    audit.record(
        AuditEventType.EXPORT,
        "report",
        "officer-networks",
        AuditOutcome.SUCCESS,
        "GraphML, " + groups.size() + " groups, ties of at least " + minComplaints);
    return OfficerNetwork.graphMl(groups, labels);
  }

  private List<OfficerNetwork.Group> ranked(int minComplaints, int top) {
    if (minComplaints < 1) {
      throw new InvalidInputException("min", InputReason.AT_LEAST, 1);
    }
    if (top < 1 || top > 200) {
      throw new InvalidInputException("top", InputReason.BETWEEN, 1, 200);
    }
    Viewer me = viewers.current(session);
    Map<Long, Set<Long>> officers = new LinkedHashMap<>();
    Map<Long, Integer> corruption = new HashMap<>();
    for (Object[] row : complaints.namedOfficersOfVisibleComplaints(me)) {
      long complaint = ((Number) row[0]).longValue();
      officers.computeIfAbsent(complaint, c -> new TreeSet<>()).add(((Number) row[1]).longValue());
      corruption.merge(complaint, ((Number) row[2]).intValue(), Integer::sum);
    }
    List<OfficerNetwork.Complaint> input = new ArrayList<>();
    officers.forEach(
        (id, named) -> {
          if (named.size() > 1) {
            input.add(new OfficerNetwork.Complaint(id, named, corruption.getOrDefault(id, 0)));
          }
        });
    List<OfficerNetwork.Group> groups = OfficerNetwork.of(input).groups(minComplaints);
    return groups.subList(0, Math.min(top, groups.size()));
  }

  private List<GroupView> views(List<OfficerNetwork.Group> groups, int minComplaints, int top) {
    Map<Long, Officer> officers = officersOf(groups);
    List<GroupView> views = new ArrayList<>();
    for (OfficerNetwork.Group group : groups) {
      List<Member> members =
          group.officers().stream()
              .map(officers::get)
              .map(
                  o ->
                      new Member(
                          o.badgeNumber().toString(),
                          o.fullName(),
                          o.rank().name(),
                          o.currentAssignment().map(a -> a.unit().code()).orElse(null)))
              .toList();
      List<Tie> ties =
          group.edges().stream()
              .map(
                  e ->
                      new Tie(
                          officers.get(e.officer()).badgeNumber().toString(),
                          officers.get(e.other()).badgeNumber().toString(),
                          e.complaints()))
              .toList();
      views.add(
          new GroupView(
              group.rank(),
              members,
              ties,
              group.complaints().size(),
              group.corruptionAllegations()));
    }
    audit.record(
        AuditEventType.CASE_LIST,
        "report",
        "officer-networks",
        AuditOutcome.SUCCESS,
        views.size() + " groups, ties of at least " + minComplaints + ", top " + top);
    return views;
  }

  private Map<Long, Officer> officersOf(List<OfficerNetwork.Group> groups) {
    Set<Long> ids = new TreeSet<>();
    groups.forEach(g -> ids.addAll(g.officers()));
    Map<Long, Officer> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "select distinct o from Officer o left join fetch o.assignments where o.id in :ids",
              Officer.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(o -> byId.put(o.id(), o));
    }
    return byId;
  }
}
