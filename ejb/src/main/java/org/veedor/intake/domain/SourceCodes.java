package org.veedor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An imported allegation's codes as the source system wrote them: its category, the investigator's
 * and the final finding, the recommended and the final discipline. Codes Veedor cannot map are kept
 * here as data, never an import error.
 */
@Embeddable
public class SourceCodes {

  @Column(name = "source_category", length = 200)
  private String category;

  @Column(name = "source_finding", length = 20)
  private String finding;

  @Column(name = "source_final_finding", length = 20)
  private String finalFinding;

  @Column(name = "source_recommended_discipline", length = 40)
  private String recommendedDiscipline;

  @Column(name = "source_discipline", length = 40)
  private String discipline;

  protected SourceCodes() {}

  public SourceCodes(
      String category,
      String finding,
      String finalFinding,
      String recommendedDiscipline,
      String discipline) {
    this.category = clip(category, 200);
    this.finding = clip(finding, 20);
    this.finalFinding = clip(finalFinding, 20);
    this.recommendedDiscipline = clip(recommendedDiscipline, 40);
    this.discipline = clip(discipline, 40);
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  public String category() {
    return category;
  }

  public String finding() {
    return finding;
  }

  public String finalFinding() {
    return finalFinding;
  }

  public String recommendedDiscipline() {
    return recommendedDiscipline;
  }

  public String discipline() {
    return discipline;
  }
}
