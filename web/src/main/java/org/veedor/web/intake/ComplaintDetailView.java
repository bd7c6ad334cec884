package org.veedor.web.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintQueries;

/** One complaint with its allegations (complaint-detail.xhtml?reference=VE-...). */
@Named
@ViewScoped
public class ComplaintDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintQueries queries;

  private String reference;
  private ComplaintDetails complaint;

  /** Reads the complaint named by the page's parameter; an unknown one shows "not found". */
  public void load() {
    complaint = reference == null ? null : queries.find(reference).orElse(null);
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public ComplaintDetails getComplaint() {
    return complaint;
  }
}
