package org.veedor.history.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.veedor.intake.domain.Disposition;
import org.veedor.officers.domain.Rank;

class ImportMappingTest {

  static ImportMapping chicago() {
    return ImportMapping.read(
        new InputStreamReader(
            ImportMappingTest.class.getResourceAsStream(
                "/org/veedor/history/mappings/chicago-cr-2016.json"),
            StandardCharsets.UTF_8));
  }

  @Test
  void shouldMapTheChicagoCodesOntoVeedorsTaxonomyAndKeepTheUnknownOnesApart() {
    ImportMapping m = chicago();
    assertThat(m.category("05A-ARRESTEE - DURING ARREST")).isEqualTo("EXCESSIVE_FORCE");
    assertThat(m.category("05Q-CIVIL SUIT - THIRD PARTY"))
        .as("longest prefix wins")
        .isEqualTo("UNCLASSIFIED");
    assertThat(m.category("06C-EXTORTION")).isEqualTo("EXTORTION");
    assertThat(m.category("10U-INADEQUATE/FAILURE TO PROVIDE SERVICE"))
        .isEqualTo("NEGLECT_OF_DUTY");
    assertThat(m.category("10S-SEXUAL HARRASSMENT")).isEqualTo("DISCRIMINATION");
    assertThat(m.category("99Z-SOMETHING NEW")).isEqualTo(ImportMapping.UNCLASSIFIED);
    assertThat(m.category("")).isEqualTo(ImportMapping.UNCLASSIFIED);
    assertThat(m.finding("SU")).contains(Disposition.SUSTAINED);
    assertThat(m.finding("")).isEmpty();
    assertThat(m.knowsFinding("XX")).isFalse();
    assertThat(m.rank("Cpt")).contains(Rank.CAPTAIN);
    assertThat(m.rank("")).contains(Rank.OFFICER);
  }

  @Test
  void shouldNormaliseTheExportsSpreadsheetFaults() {
    ImportMapping m = chicago();
    assertThat(m.badge("5137.0")).contains("CPD-5137");
    assertThat(m.badge("0")).isEmpty();
    assertThat(m.badge("")).isEmpty();
    assertThat(m.unitCode("18.0")).contains("CPD-018");
    assertThat(m.unitCode("189.0")).contains("CPD-189");
    assertThat(m.familyAndGiven("GONZALES, ROBIN")).containsExactly("GONZALES", "ROBIN");
    assertThat(m.date("2015-07-20 00:00:00")).contains(LocalDate.of(2015, 7, 20));
    assertThat(m.date("2008-04-28")).contains(LocalDate.of(2008, 4, 28));
    assertThat(m.instant("2015-07-20 00:00:00").orElseThrow().toString())
        .as("midnight in Chicago")
        .isEqualTo("2015-07-20T05:00:00Z");
    assertThatThrownBy(() -> m.date("20/07/2015")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void shouldRefuseAMappingThatIsNotValidWithTheReason() {
    assertThatThrownBy(() -> ImportMapping.read(new StringReader("[]")))
        .isInstanceOf(MappingException.class);
    assertThatThrownBy(() -> ImportMapping.read(new StringReader("{\"name\": \"x\"}")))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("source");
  }
}
