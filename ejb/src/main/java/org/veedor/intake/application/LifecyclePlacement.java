package org.veedor.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.veedor.intake.domain.CaseStages;

/**
 * Places open complaints that were written without a lifecycle (an import, a generated world) at
 * the stage their status says, each in a transaction of its own; see {@link CaseStages}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LifecyclePlacement {

  @Inject CaseStages stages;

  /**
   * Open complaints after an id that never had a lifecycle, in id order: imported from {@code
   * sourceSystem}, or written with no source when it is null.
   */
  public List<Long> openWithoutLifecycle(String sourceSystem, long afterId, int limit) {
    return stages.openWithoutLifecycle(sourceSystem, afterId, limit);
  }

  /**
   * Starts the complaint's lifecycle at its stage.
   *
   * @return the name of the status the lifecycle left it in
   */
  public String placeAtStage(long complaintId) {
    return stages.placeAtStage(complaintId).name();
  }
}
