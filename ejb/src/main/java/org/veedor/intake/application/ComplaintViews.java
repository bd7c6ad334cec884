package org.veedor.intake.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.Unit;

/** Turns the complaint aggregate into the DTOs that leave the application layer. */
final class ComplaintViews {

  private ComplaintViews() {}

  static ComplaintDetails details(Complaint c) {
    List<ComplaintDetails.AllegationDetails> allegations = new ArrayList<>();
    for (Allegation a : c.allegations()) {
      Officer o = a.officer();
      Unit u = a.unit();
      allegations.add(
          new ComplaintDetails.AllegationDetails(
              a.category().code(),
              a.category().group().name(),
              o == null ? null : o.badgeNumber().value(),
              o == null ? null : o.fullName(),
              o == null ? null : o.rank().name(),
              u == null ? null : u.code(),
              u == null ? null : u.name(),
              a.disposition() == null ? null : a.disposition().name(),
              a.disposedOn()));
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
        c.complainant().name(),
        c.complainant().email(),
        c.complainant().phone(),
        c.hasOrganizedCrimeLink(),
        c.isInjuryReported(),
        c.closedAt(),
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
