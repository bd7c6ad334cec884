package org.veedor.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.veedor.search.application.CaseIndex;
import org.veedor.search.application.IndexConsistency;
import org.veedor.search.application.IndexProgress;
import org.veedor.web.platform.Messages;

/** The administrator's page of the search index: rebuild with a progress bar, and the counts. */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseIndex index;

  private IndexConsistency consistency;

  public void load() {
    consistency = index.consistency();
  }

  public void reindex() {
    index.reindex();
    Messages.info("index.started");
  }

  public void check() {
    consistency = index.consistency();
  }

  public IndexProgress getProgress() {
    return index.progress();
  }

  /** For the progress bar, polled by the page. */
  public int getPercent() {
    return index.progress().percent();
  }

  public IndexConsistency getConsistency() {
    return consistency;
  }
}
