package org.veedor.officers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTest {

  private final Territory capital = new Territory("CAP", "Distrito Capital");

  @Test
  void shouldPlaceSubunitsBelowTheirParentWhenBuildingTheTree() {
    Unit national = Unit.national("PN", "Policía Nacional", capital);
    Unit region = national.addSubunit("R-CAP", "Región Capital", UnitLevel.REGION, capital);
    Unit district = region.addSubunit("D-CAP-1", "Distrito Centro", UnitLevel.DISTRICT, capital);
    Unit special = national.addSubunit("PN-UEA", "Anticorrupción", UnitLevel.SPECIAL_UNIT, capital);

    assertThat(district.treePath()).isEqualTo("/PN/R-CAP/D-CAP-1/");
    assertThat(district.isWithin(region)).isTrue();
    assertThat(district.isWithin(national)).isTrue();
    assertThat(region.isWithin(district)).isFalse();
    assertThat(special.isWithin(region)).isFalse();
  }

  @Test
  void shouldRefuseALevelAboveTheParentOrAnUnsafeCode() {
    Unit national = Unit.national("PN", "Policía Nacional", capital);
    Unit district = national.addSubunit("D-1", "Distrito", UnitLevel.DISTRICT, capital);

    assertThatThrownBy(() -> district.addSubunit("R-1", "Región", UnitLevel.REGION, capital))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> national.addSubunit("a/b", "Bad", UnitLevel.REGION, capital))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReadBadgeNumbersAsSpreadsheetsWriteThem() {
    assertThat(BadgeNumber.parse(" 5137.0 ").value()).isEqualTo("5137");
    assertThat(BadgeNumber.parse("ab-12").value()).isEqualTo("AB-12");
    assertThatThrownBy(() -> BadgeNumber.parse("12.5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BadgeNumber.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
