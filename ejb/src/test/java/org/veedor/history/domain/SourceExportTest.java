package org.veedor.history.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceExportTest {

  static final String COMPLAINTS =
      "Complaint_Number,Beat,Location_Code,Address,Street,Apartment,City_State_Zipcode,"
          + "Incident_Datetime,Complaint_Date,Closed_Date,Investigator_Name\n"
          + "1,0722,19,,,,,2012-04-23 07:45:00,2012-04-23 00:00:00,2012-10-15 00:00:00,\"A, B\"\n"
          + "1,,,,,0,00:00:00,,,,\"A, B\"\n"
          + "2,,,,,,,,,,\n"
          + "3,1111,,100,MAIN ST,,CHICAGO IL,2013-01-02 00:00:00,2013-01-03 00:00:00,,\n";

  static final String ACCUSED =
      "Complaint_Number,Accused_Name,Accused_Birth_Yr,Accused_Gender,Accused_Race_Code,"
          + "Accused_Date_of_Appt,Accused_Current_Unit,Accused_Current_Rank,Accused_Star,"
          + "Accused_Complaint_Category,Accused_Finding,Accused_Recommended_Discipline,"
          + "Accused_Final_Finding,Accused_Discipline\n"
          + "1,\"DOE, JOHN\",1970,M,WHI,2000-01-24,17.0,PO,4734.0,03D-ILLEGAL ARREST,SU,600.0,SU,600.0\n"
          + "9,\"ROE, JANE\",1971,F,WHI,2000-01-24,17.0,PO,4735.0,,,,,\n";

  static final String COMPLAINANTS =
      "Complaint_Number,Complainant_Gender,Complainant_Age,Complainant_Race_Desc\n1,F,63.8,WHITE\n";

  @Test
  void shouldGroupRowsByComplaintMergeRepeatsAndRejectOrphans() throws Exception {
    SourceExport export =
        SourceExport.read(
            ImportMappingTest.chicago(),
            Map.<String, Reader>of(
                "complaints", new StringReader(COMPLAINTS),
                "accused", new StringReader(ACCUSED),
                "complainants", new StringReader(COMPLAINANTS)));
    assertThat(export.rowsRead()).isEqualTo(7);
    assertThat(export.rowsMerged()).isEqualTo(1);
    assertThat(export.complaints())
        .extracting(SourceExport.Complaint::key)
        .containsExactly("1", "3");
    SourceExport.Complaint first = export.complaints().get(0);
    assertThat(first.row().get("Beat")).as("the dated row is the complaint").isEqualTo("0722");
    assertThat(first.accused()).hasSize(1);
    assertThat(first.complainants()).hasSize(1);
    assertThat(export.findings())
        .extracting(Finding::fileRole, Finding::key)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("complaints", "2"),
            org.assertj.core.groups.Tuple.tuple("accused", "9"));
    assertThat(first.digest()).isEqualTo(export.complaints().get(0).digest()).hasSize(64);
  }

  @Test
  void shouldRefuseAFileThatLacksAColumnTheMappingReads() {
    assertThatThrownBy(
            () ->
                SourceExport.read(
                    ImportMappingTest.chicago(),
                    Map.<String, Reader>of(
                        "complaints", new StringReader("Complaint_Number,Beat\n1,2\n"),
                        "accused", new StringReader(ACCUSED))))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("Complaint_Date");
  }
}
