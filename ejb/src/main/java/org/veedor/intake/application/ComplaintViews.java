package org.veedor.intake.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.veedor.identity.domain.AccessPolicy;
import org.veedor.identity.domain.Viewer;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Unit;

/** Turns the complaint aggregate into the DTOs that leave the application layer. */
public final class ComplaintViews {

  private ComplaintViews() {}

  public static ComplaintDetails details(Complaint c, Viewer viewer) {
    return details(c, AccessPolicy.readsComplainantIdentity(viewer, c.accessFacts()));
  }

  /**
   * @param identity whether the reader may see who complained; if not, name and contact are left
   *     out and the document says they were
   */
  static ComplaintDetails details(Complaint c, boolean identity) {
    List<ComplaintDetails.AllegationDetails> allegations = new ArrayList<>();
    for (Allegation a : c.allegations()) {
      Officer o = a.officer();
      Unit u = a.unit();
      allegations.add(
          new ComplaintDetails.AllegationDetails(
              a.id(),
              a.category().code(),
              a.category().group().name(),
              o == null ? null : o.badgeNumber().value(),
              o == null ? null : o.fullName(),
              o == null ? null : o.rank().name(),
              u == null ? null : u.code(),
              u == null ? null : u.name(),
              a.disposition() == null ? null : a.disposition().name(),
              a.disposedOn(),
              a.proposedDisposition() == null ? null : a.proposedDisposition().name()));
    }
    return new ComplaintDetails(
        c.referenceNumber().toString(),
        c.channel().name(),
        c.status().name(),
        c.receivedAt(),
        c.incidentDate(),
        c.place(),
        c.territory() == null ? null : c.territory().code(),
        c.territory() == null ? null : c.territory().name(),
        c.narrative(),
        c.complainant().isAnonymous(),
        !identity && !c.complainant().isAnonymous(),
        identity ? c.complainant().name() : null,
        identity ? c.complainant().email() : null,
        identity ? c.complainant().phone() : null,
        c.complainant().personalDataRemovedAt(),
        c.hasOrganizedCrimeLink(),
        c.isSealed(),
        c.isInjuryReported(),
        c.closedAt(),
        c.zone().getId(),
        c.officerDescription(),
        c.assignedInvestigator(),
        c.assignedSupervisor(),
        allegations,
        c.version());
  }

  static ComplaintSummary summary(Complaint c) {
    LinkedHashSet<String> categories = new LinkedHashSet<>();
    LinkedHashSet<Long> officers = new LinkedHashSet<>();
    for (Allegation a : c.allegations()) {
      categories.add(a.category().code());
      if (a.officer() != null) {
        officers.add(a.officer().id());
      }
    }
    return new ComplaintSummary(
        c.referenceNumber().toString(),
        c.channel().name(),
        c.status().name(),
        c.receivedAt(),
        c.incidentDate(),
        c.territory() == null ? null : c.territory().code(),
        c.territory() == null ? null : c.territory().name(),
        List.copyOf(categories),
        officers.size(),
        c.complainant().isAnonymous());
  }
}
