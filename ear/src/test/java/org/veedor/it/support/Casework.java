package org.veedor.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Registering complaints and working their tasks through the REST API, as the staff do. */
public final class Casework {

  /** A station of the demonstration world whose staff the test users do not belong to. */
  public static final String STATION = "E-CAP-1-A";

  private Casework() {}

  /** A walk-in complaint naming the station: excessive force with an injury, and extortion. */
  public static String register() {
    assertThat(Api.as("intake").get("units/" + STATION).status()).isEqualTo(200);
    Api.Reply registered =
        Api.as("intake")
            .postJson(
                "complaints",
                """
                {"channel": "WALK_IN", "incidentDate": "2026-11-01", "place": "Terminal norte",
                 "territoryCode": "CAP", "narrative": "Two officers beat a street vendor who refused to pay them.",
                 "complainant": {"anonymous": false, "name": "Elvira Castaño", "email": "elvira@correo.example"},
                 "injuryReported": true,
                 "allegations": [{"categoryCode": "EXCESSIVE_FORCE", "unitCode": "%s"},
                                 {"categoryCode": "EXTORTION", "unitCode": "%s"}]}
                """
                    .formatted(STATION, STATION));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return registered.json().getString("referenceNumber");
  }

  /** The caller's open task of this kind on this case. */
  public static Optional<JsonObject> task(String user, String reference, String taskKey) {
    for (JsonValue item :
        Api.as(user)
            .get("tasks?size=200&task=" + taskKey + "&reference=" + reference)
            .json()
            .getJsonArray("items")) {
      JsonObject task = item.asJsonObject();
      if (task.getString("reference").equals(reference)
          && task.getString("taskKey").equals(taskKey)) {
        return Optional.of(task);
      }
    }
    return Optional.empty();
  }

  /** Completes the caller's open task of this kind on this case with a JSON payload. */
  public static Api.Reply complete(String user, String reference, String taskKey, String payload) {
    JsonObject task =
        task(user, reference, taskKey)
            .orElseThrow(
                () -> new AssertionError(user + " has no " + taskKey + " on " + reference));
    return Api.as(user).postJson("tasks/" + task.getString("id") + "/complete", payload);
  }

  public static String status(String reference) {
    return Api.as("supervisor").get("complaints/" + reference).json().getString("status");
  }

  /** The case's timeline, oldest first, as the supervisor reads it. */
  public static List<JsonObject> timeline(String reference) {
    return Api.as("supervisor")
        .get("complaints/" + reference + "/timeline")
        .json()
        .getJsonArray("entries")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** The supervisor confirms a full investigation against the table's proposal, saying why. */
  public static void confirmFullInvestigation(String reference, String reason) {
    Api.Reply confirmed =
        complete(
            "supervisor",
            reference,
            "ConfirmTriageTask",
            ("{\"track\": \"FULL_INVESTIGATION\", \"priority\": \"HIGH\", \"deadlineDays\": 45,"
                    + " \"overrideReason\": \"%s\"}")
                .formatted(reason));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
  }

  /** The id of the case's first allegation, as its investigator reads it. */
  public static long firstAllegation(String reference) {
    return Api.as("investigator")
        .get("complaints/" + reference)
        .json()
        .getJsonArray("allegations")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Files a complaint through the public API as a person would: the form's token, a few seconds of
   * writing (the form refuses faster senders), then the complaint (a JSON object).
   */
  public static Api.Reply filePublicly(String complaint) throws InterruptedException {
    JsonObject form = Api.anonymous().get("public/form").json();
    Thread.sleep(3200);
    return Api.anonymous()
        .postJson(
            "public/complaints",
            "{\"formToken\": \"%s\", \"website\": \"\", \"complaint\": %s}"
                .formatted(form.getString("formToken"), complaint));
  }

  /** The supervisor names the investigator. */
  public static void assign(String reference, String investigator) {
    Api.Reply assigned =
        complete(
            "supervisor",
            reference,
            "AssignInvestigatorTask",
            "{\"investigator\": \"%s\"}".formatted(investigator));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
  }

  /** The calendar day of receipt, in the complaint's own zone. */
  public static LocalDate receivedOn(String reference) {
    JsonObject complaint = Api.as("supervisor").get("complaints/" + reference).json();
    return Instant.parse(complaint.getString("receivedAt"))
        .atZone(ZoneId.of(complaint.getString("zone")))
        .toLocalDate();
  }

  /** Withdrawn complaints received that day, as the trust indicator counts them. */
  public static long withdrawnOn(LocalDate day) {
    JsonObject trust =
        Api.as("leadership")
            .get("reports/indicators/trust?period=all&from=" + day + "&to=" + day)
            .json();
    if (trust.getJsonArray("rows").isEmpty()) {
      return 0;
    }
    return trust.getJsonArray("rows").getJsonObject(0).getJsonNumber("withdrawn").longValue();
  }
}
