package org.veedor.officers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficerTest {

  private final Territory north = new Territory("NOR", "Provincia del Norte");
  private final Unit national = Unit.national("PN", "Policía Nacional", north);
  private final Unit region = national.addSubunit("R-NOR", "Región Norte", UnitLevel.REGION, north);
  private final Unit stationA = region.addSubunit("E-A", "Estación A", UnitLevel.STATION, north);
  private final Unit stationB = region.addSubunit("E-B", "Estación B", UnitLevel.STATION, north);

  private Officer officer() {
    return new Officer(
        BadgeNumber.parse("5137"), "Lucía", "Restrepo  Gil", Rank.SERGEANT, OfficerStatus.ACTIVE);
  }

  @Test
  void shouldResolveTheUnitOfADateFromTheHistoryWhenMovedBetweenUnits() {
    Officer officer = officer();
    officer.assignTo(stationA, LocalDate.of(2019, 1, 1));

    officer.assignTo(stationB, LocalDate.of(2024, 5, 1));

    assertThat(officer.unitOn(LocalDate.of(2024, 4, 30))).contains(stationA);
    assertThat(officer.unitOn(LocalDate.of(2024, 5, 1))).contains(stationB);
    assertThat(officer.unitOn(LocalDate.of(2018, 12, 31))).isEmpty();
    assertThat(officer.assignments()).hasSize(2);
    assertThat(officer.assignments().get(0).endDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(officer.currentAssignment()).get().extracting(Assignment::unit).isEqualTo(stationB);
  }

  @Test
  void shouldChangeNothingWhenPostedAgainToTheCurrentUnit() {
    Officer officer = officer();
    officer.assignTo(stationA, LocalDate.of(2019, 1, 1));

    boolean changed = officer.assignTo(stationA, LocalDate.of(2025, 1, 1));

    assertThat(changed).isFalse();
    assertThat(officer.assignments()).hasSize(1);
  }

  @Test
  void shouldRefuseAPostingThatStartsBeforeTheCurrentOneWithoutChangingTheHistory() {
    Officer officer = officer();
    officer.assignTo(stationA, LocalDate.of(2019, 1, 1));

    assertThatThrownBy(() -> officer.assignTo(stationB, LocalDate.of(2018, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(officer.assignments())
        .singleElement()
        .satisfies(a -> assertThat(a.isCurrent()).isTrue());
  }

  @Test
  void shouldNormaliseNamesAndReportChangesWhenTheRecordIsUpdated() {
    Officer officer = officer();

    assertThat(officer.familyNames()).isEqualTo("Restrepo Gil");
    assertThat(officer.updateRecord("Lucía", "Restrepo Gil", Rank.SERGEANT, OfficerStatus.ACTIVE))
        .isFalse();
    assertThat(officer.updateRecord("Lucía", "Restrepo Gil", Rank.LIEUTENANT, OfficerStatus.ACTIVE))
        .isTrue();
    assertThatThrownBy(() -> officer.updateRecord(" ", "X", Rank.OFFICER, OfficerStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(officer.rank()).isEqualTo(Rank.LIEUTENANT);
  }
}
