package org.veedor.casework.workflow;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.veedor.platform.metrics.Meters;

/**
 * Counts, once a minute, the open tasks of the complaint lifecycle past their due date, for the
 * operators' meter {@code veedor.tasks.overdue} (one cheap count in the engine's tables, not one
 * per scrape of the metrics endpoint).
 */
@Singleton
@Startup
public class OverdueTaskMeter {

  private static final Logger LOG = Logger.getLogger(OverdueTaskMeter.class.getName());

  @Inject TaskService tasks;
  @Inject Meters meters;
  @Inject Clock clock;

  @Schedule(minute = "*", hour = "*", persistent = false, info = "overdue task meter")
  void count() {
    try {
      meters.overdueTasks(
          tasks.createTaskQuery().active().dueBefore(Date.from(clock.instant())).count());
    } catch (RuntimeException e) {
      // the engine not started yet, or the database away: the meter keeps its last count
      LOG.log(Level.FINE, "overdue tasks not counted", e);
    }
  }
}
