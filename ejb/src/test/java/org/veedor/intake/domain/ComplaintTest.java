package org.veedor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.veedor.officers.domain.BadgeNumber;
import org.veedor.officers.domain.Officer;
import org.veedor.officers.domain.OfficerStatus;
import org.veedor.officers.domain.Rank;
import org.veedor.officers.domain.Territory;
import org.veedor.officers.domain.Unit;
import org.veedor.officers.domain.UnitLevel;

class ComplaintTest {

  private static final ZoneOffset ZONE = ZoneOffset.ofHours(-5);
  private final Territory north = new Territory("NOR", "Provincia del Norte");
  private final Unit national = Unit.national("PN", "Policía Nacional", north);
  private final Unit oldStation =
      national.addSubunit("E-OLD", "Estación Vieja", UnitLevel.STATION, north);
  private final Unit newStation =
      national.addSubunit("E-NEW", "Estación Nueva", UnitLevel.STATION, north);
  private final AllegationCategory bribery =
      new AllegationCategory("BRIBERY", CategoryGroup.CORRUPTION, true);

  private Complaint complaint(LocalDate incident) {
    return new Complaint(
        new ReferenceNumber(2026, 42),
        Channel.PUBLIC_WEB,
        Instant.parse("2026-11-20T15:00:00Z"),
        ZONE,
        new Complaint.Incident(incident, "Mercado", north, false, false),
        "  Me pidieron dinero.  ",
        null);
  }

  @Test
  void shouldKeepTheUnitOfTheIncidentDateWhenTheOfficerHasMovedSince() {
    Officer officer =
        new Officer(
            BadgeNumber.parse("77"), "Jorge", "Cárdenas", Rank.OFFICER, OfficerStatus.ACTIVE);
    officer.assignTo(oldStation, LocalDate.of(2020, 1, 1));
    officer.assignTo(newStation, LocalDate.of(2025, 6, 1));
    Complaint complaint = complaint(LocalDate.of(2024, 3, 10));

    Allegation allegation = complaint.allege(bribery, officer, null);

    assertThat(allegation.unit()).isEqualTo(oldStation);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(complaint.narrative()).isEqualTo("Me pidieron dinero.");
    assertThat(complaint.complainant().isAnonymous()).isTrue();
    assertThat(complaint.complainant().name()).isNull();
  }

  @Test
  void shouldUseTheNamedUnitWhenTheOfficerIsUnknown() {
    Complaint complaint = complaint(LocalDate.of(2026, 11, 1));

    Allegation allegation = complaint.allege(bribery, null, newStation);

    assertThat(allegation.officer()).isNull();
    assertThat(allegation.unit()).isEqualTo(newStation);
  }

  @Test
  void shouldWithdrawAnAllegationBeforeFindingsAndKeepTheLastOne() {
    Complaint complaint = complaint(LocalDate.of(2026, 11, 1));
    Allegation first = complaint.allege(bribery, null, newStation);
    Allegation second =
        complaint.allege(
            new AllegationCategory("DISCOURTESY", CategoryGroup.CONDUCT, false), null, newStation);

    complaint.withdraw(second);

    assertThat(complaint.allegations()).containsExactly(first);
    assertThatThrownBy(() -> complaint.withdraw(first)).isInstanceOf(IllegalStateException.class);
    Allegation third = complaint.allege(bribery, null, oldStation);
    first.propose(Disposition.SUSTAINED);
    assertThat(complaint.beforeFindings()).isFalse();
    assertThatThrownBy(() -> complaint.withdraw(third)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldSealACorrectedCaseOnceALinkToOrganizedCrimeIsLearnt() {
    Complaint complaint = complaint(LocalDate.of(2026, 11, 1));
    complaint.allege(bribery, null, newStation);
    assertThat(complaint.isSealed()).isFalse();

    complaint.correct(
        new Complaint.Incident(LocalDate.of(2026, 10, 30), "Mercado", north, true, false));

    assertThat(complaint.isSealed()).isTrue();
    assertThat(complaint.incident().date()).isEqualTo(LocalDate.of(2026, 10, 30));
    assertThatThrownBy(
            () ->
                complaint.correct(
                    new Complaint.Incident(LocalDate.of(2026, 12, 1), null, north, true, false)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAnIncidentDatedAfterTheComplaint() {
    assertThatThrownBy(() -> complaint(LocalDate.of(2026, 11, 21)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAPersonWithoutNameAsANamedComplainant() {
    assertThatThrownBy(() -> Complainant.named(" ", "a@b.org", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Complainant.named(" Ana ", " ", null).email()).isNull();
  }
}
