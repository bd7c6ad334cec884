package org.veedor.web.platform;

import jakarta.ws.rs.WebApplicationException;

/** A refusal already written as a problem document (with its headers, such as Retry-After). */
public class ProblemException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.getDetail(), problem.toResponse());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
