package org.veedor.web.platform;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: what went wrong, for people ({@code title}, {@code detail}) and
 * programs ({@code type}, {@code status}), with each invalid field named in {@code invalid-params}.
 * Never a stack trace.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "invalidParams"})
@JsonbNillable(false)
public class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  // built from its parts: parsing would need the JAX-RS runtime while the class initializes
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private String type = "about:blank";
  private String title;
  private int status;
  private String detail;
  private String instance;

  /** The request's id ({@code X-Request-Id}), also in the server log's lines of that request. */
  private String requestId = RequestIds.current();

  private List<InvalidParam> invalidParams;
  private transient String challenge;
  private transient Long retryAfterSeconds;

  public Problem() {}

  public Problem(int status, String title, String detail) {
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public static Problem invalidInput(String detail, List<InvalidParam> params) {
    Problem problem = new Problem(400, "Invalid input", detail);
    problem.type = "urn:veedor:problem:invalid-input";
    problem.invalidParams = List.copyOf(params);
    return problem;
  }

  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON).entity(this);
    if (challenge != null) {
      response.header("WWW-Authenticate", challenge);
    }
    if (retryAfterSeconds != null) {
      response.header("Retry-After", retryAfterSeconds);
    }
    return response.build();
  }

  /** A 429's {@code Retry-After}: a header, not part of the document. */
  public Problem withRetryAfter(long seconds) {
    this.retryAfterSeconds = Math.max(1, seconds);
    return this;
  }

  /** A 401's {@code WWW-Authenticate} challenge: a header, not part of the document. */
  Problem withChallenge(String challenge) {
    this.challenge = challenge;
    return this;
  }

  public Problem withType(String type) {
    this.type = type;
    return this;
  }

  public Problem withInstance(String instance) {
    this.instance = instance;
    return this;
  }

  public String getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public String getInstance() {
    return instance;
  }

  public String getRequestId() {
    return requestId;
  }

  @JsonbProperty("invalid-params")
  public List<InvalidParam> getInvalidParams() {
    return invalidParams;
  }

  public void setType(String type) {
    this.type = type;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setStatus(int status) {
    this.status = status;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public void setInstance(String instance) {
    this.instance = instance;
  }

  @JsonbProperty("invalid-params")
  public void setInvalidParams(List<InvalidParam> invalidParams) {
    this.invalidParams = invalidParams;
  }

  /** One invalid field (a JSON path such as {@code allegations[0].categoryCode}) and why. */
  public record InvalidParam(String name, String reason) {}
}
