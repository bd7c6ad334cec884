package org.veedor.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.veedor.casework.application.CaseWork;
import org.veedor.casework.application.TaskView;
import org.veedor.identity.domain.Roles;
import org.veedor.platform.InputReason;
import org.veedor.platform.paging.Page;
import org.veedor.platform.paging.PageRequest;
import org.veedor.web.platform.QueryParams;

/**
 * The task list: the caller's tasks and their roles' queues, claiming, giving back, and completing
 * a task with its form's payload. A task that is not the caller's answers 403, one that no longer
 * exists 409; a payload that breaks the form's rules 400, naming each field.
 */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SIGNED_IN)
public class TaskResource {

  @Inject CaseWork tasks;

  /**
   * Overdue first; {@code overdue=true} for overdue ones only, {@code reference} for the cases
   * whose reference contains it, {@code task} for one kind of task ({@code ReviewFindingsTask}).
   */
  @GET
  public Page<TaskView> inbox(
      @QueryParam("overdue") String overdue,
      @QueryParam("reference") String reference,
      @QueryParam("task") String task,
      @QueryParam("dueWithin") String dueWithin,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams();
    boolean overdueOnly = params.flag("overdue", overdue);
    PageRequest request = params.page(page, size, 20);
    String part = params.text("reference", reference, 40);
    String kind = params.text("task", task, 60);
    Integer days =
        dueWithin == null || dueWithin.isBlank()
            ? null
            : params.integer("dueWithin", dueWithin, 0, 1, 365);
    if (kind != null && !tasks.taskKeys().contains(kind)) {
      params.reject("task", InputReason.NOT_ONE_OF, tasks.taskKeys());
    }
    params.check();
    return tasks.inbox(new CaseWork.InboxFilter(overdueOnly, part, kind, days), request);
  }

  @GET
  @Path("/{id}")
  public CaseWork.TaskDetails get(@PathParam("id") String id) {
    return tasks.task(id);
  }

  @POST
  @Path("/{id}/claim")
  public TaskView claim(@PathParam("id") String id) {
    return tasks.claim(id);
  }

  @POST
  @Path("/{id}/unclaim")
  public TaskView unclaim(@PathParam("id") String id) {
    return tasks.unclaim(id);
  }

  /** The form's payload: a JSON object whose fields depend on the task (see the README). */
  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("id") String id, Map<String, Object> payload) {
    tasks.complete(id, payload == null ? Map.of() : payload);
    return Response.noContent().build();
  }
}
