package org.veedor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

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

class MandateTest {

  private final Territory north = new Territory("NOR", "Provincia del Norte");
  private final Unit police = Unit.national("PN", "Policía Nacional", north);
  private final Unit station = police.addSubunit("E-1", "Estación 1", UnitLevel.STATION, north);
  private final Unit customs = Unit.national("ADU", "Policía Aduanera", north);
  private final AllegationCategory bribery =
      new AllegationCategory("BRIBERY", CategoryGroup.CORRUPTION, true);
  private final AllegationCategory rudeness =
      new AllegationCategory("DISCOURTESY", CategoryGroup.CONDUCT, false);

  private Complaint complaint() {
    return new Complaint(
        new ReferenceNumber(2026, 7),
        Channel.WALK_IN,
        Instant.parse("2026-11-20T15:00:00Z"),
        ZoneOffset.ofHours(-5),
        new Complaint.Incident(LocalDate.of(2026, 11, 1), "Mercado", north, false, false),
        "Me pidieron dinero.",
        null);
  }

  private Officer officerOf(Unit unit) {
    Officer officer =
        new Officer(
            BadgeNumber.parse("77"), "Jorge", "Cárdenas", Rank.OFFICER, OfficerStatus.ACTIVE);
    officer.assignTo(unit, LocalDate.of(2020, 1, 1));
    return officer;
  }

  @Test
  void shouldCoverEverythingWhenNothingIsConfigured() {
    Complaint complaint = complaint();
    complaint.allege(rudeness, officerOf(customs), null);

    assertThat(Mandate.of(null, " ").covers(complaint)).isTrue();
  }

  @Test
  void shouldCoverACategoryByItsCodeOrItsGroup() {
    Complaint complaint = complaint();
    Allegation allegation = complaint.allege(bribery, null, station);

    assertThat(Mandate.of("bribery", null).covers(allegation)).isTrue();
    assertThat(Mandate.of("CORRUPTION", null).covers(allegation)).isTrue();
    assertThat(Mandate.of("CONDUCT, USE_OF_FORCE", null).covers(allegation)).isFalse();
  }

  @Test
  void shouldCoverAUnitUnderAMandatedForceAndNotAnotherForce() {
    Complaint complaint = complaint();
    Allegation inPolice = complaint.allege(bribery, officerOf(station), null);
    Allegation inCustoms = complaint.allege(bribery, officerOf(customs), null);

    Mandate mandate = Mandate.of(null, "PN");

    assertThat(mandate.covers(inPolice)).isTrue();
    assertThat(mandate.covers(inCustoms)).isFalse();
    assertThat(mandate.covers(complaint)).isTrue();
  }

  @Test
  void shouldTakeAnOfficerNotYetIdentifiedUntilTheirUnitIsKnown() {
    Complaint complaint = complaint();
    complaint.allege(bribery, null, null);

    assertThat(Mandate.of("CORRUPTION", "PN").covers(complaint)).isTrue();
  }

  @Test
  void shouldDeclineAComplaintNoneOfWhoseAllegationsIsWithin() {
    Complaint complaint = complaint();
    complaint.allege(rudeness, officerOf(customs), null);
    complaint.allege(bribery, officerOf(customs), null);

    assertThat(Mandate.of("CORRUPTION", "PN").covers(complaint)).isFalse();
  }
}
