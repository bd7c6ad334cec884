package org.veedor.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veedor.casework.workflow.TaskRefusal;
import org.veedor.intake.domain.IntakeRefusal;
import org.veedor.investigation.application.InvestigationRefusal;
import org.veedor.platform.ConflictException;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;
import org.veedor.platform.NotAllowedException;

class ProblemsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");

  private final Logger log = Logger.getLogger(Problems.class.getName());
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private boolean parentHandlers;

  @BeforeEach
  void captureTheLog() {
    parentHandlers = log.getUseParentHandlers();
    log.setUseParentHandlers(false); // the expected stack traces stay out of the build's output
    log.addHandler(capture);
  }

  @AfterEach
  void releaseTheLog() {
    log.removeHandler(capture);
    log.setUseParentHandlers(parentHandlers);
  }

  @Test
  void shouldAnswerANotAllowedRefusalAs403InTheRequestsLanguage() {
    Problem problem =
        Problems.of(new NotAllowedException(TaskRefusal.NOT_YOURS), true, SPANISH, null);

    assertThat(problem.getStatus()).isEqualTo(403);
    assertThat(problem.getTitle()).isEqualTo("Forbidden");
    assertThat(problem.getDetail()).isEqualTo("Esta tarea no es suya.");
    assertThat(logged).as("a refusal is not an incident").isEmpty();
  }

  @Test
  void shouldFillTheRefusalsArgumentsIntoItsTranslation() {
    Problem problem =
        Problems.of(
            new ConflictException(IntakeRefusal.STILL_OPEN, "VE-2026-000042"),
            true,
            PORTUGUESE,
            null);

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getDetail())
        .isEqualTo(
            "A denúncia VE-2026-000042 ainda está aberta: só se revisa uma denúncia encerrada.");
  }

  @Test
  void shouldAnswerInEnglishWhenNoLanguageIsAskedFor() {
    Problem problem = Problems.of(new ConflictException(TaskRefusal.GONE));

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getDetail())
        .isEqualTo("This task no longer exists: it was completed or cancelled.");
  }

  @Test
  void shouldNameEachInvalidFieldWithItsReasonTranslated() {
    InvalidInputException invalid =
        new InvalidInputException(
            List.of(
                new FieldError("approved", InvestigationRefusal.OWN_FINDINGS),
                new FieldError("deadlineDays", InputReason.BETWEEN, 1, 365)));

    Problem problem = Problems.of(invalid, true, SPANISH, null);

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo("urn:veedor:problem:invalid-input");
    assertThat(problem.getTitle()).isEqualTo("Invalid input");
    assertThat(problem.getDetail()).startsWith("La solicitud nombra cosas que no existen");
    assertThat(problem.getInvalidParams())
        .containsExactly(
            new Problem.InvalidParam(
                "approved", "el investigador no puede revisar sus propias conclusiones"),
            new Problem.InvalidParam("deadlineDays", "debe estar entre 1 y 365"));
  }

  @Test
  void shouldFindARefusalUnderTheContainersWrapping() {
    Problem problem =
        Problems.of(
            new EJBException(new NotAllowedException(TaskRefusal.HELD_BY_OTHER, "investigator2")),
            true,
            Locale.ENGLISH,
            null);

    assertThat(problem.getStatus()).isEqualTo(403);
    assertThat(problem.getDetail()).isEqualTo("This task is held by investigator2.");
  }

  @Test
  void shouldAnswerAnIllegalArgumentAsA500WithAnIncidentIdThatTheLogHolds() {
    IllegalArgumentException bug = new IllegalArgumentException("page must be 0 or more");

    Problem problem = Problems.of(bug, true, SPANISH, null);

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getTitle()).isEqualTo("Internal error");
    assertThat(problem.getInvalidParams()).isNull();
    String incident = problem.getInstance().replace("urn:veedor:incident:", "");
    assertThat(incident).matches("[0-9a-f-]{36}");
    assertThat(problem.getDetail())
        .startsWith("Algo salió mal de nuestro lado")
        .contains(incident)
        .doesNotContain("page must be")
        .doesNotContain("IllegalArgumentException");
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).getLevel()).isEqualTo(Level.SEVERE);
    assertThat(logged.get(0).getMessage()).contains(incident);
    assertThat(logged.get(0).getThrown()).as("the stack trace is logged").isSameAs(bug);
  }

  @Test
  void shouldAnswerEveryOtherBugAsA500WithItsOwnIncident() {
    Problem state = Problems.of(new IllegalStateException("no form for X"), true, null, null);
    Problem npe = Problems.of(new EJBException(new NullPointerException()), true, null, null);

    assertThat(state.getStatus()).isEqualTo(500);
    assertThat(npe.getStatus()).isEqualTo(500);
    assertThat(state.getInstance()).isNotEqualTo(npe.getInstance());
    assertThat(logged).hasSize(2);
  }

  @Test
  void shouldAnswerAStaleRecordAs409WhereverItLiesInTheCauses() {
    Problem jpa =
        Problems.of(
            new EJBTransactionRolledbackException("rolled back", new OptimisticLockException()),
            true,
            Locale.ENGLISH,
            null);
    Problem atCommit =
        Problems.of(
            new EJBTransactionRolledbackException(
                "rolled back",
                new RuntimeException(
                    "commit failed", new StaleObjectStateException("Complaint", 42L))),
            true,
            SPANISH,
            null);

    assertThat(jpa.getStatus()).isEqualTo(409);
    assertThat(jpa.getDetail()).startsWith("The record was changed by someone else meanwhile");
    assertThat(atCommit.getStatus()).isEqualTo(409);
    assertThat(atCommit.getDetail()).startsWith("Otra persona cambió el registro");
    assertThat(logged).isEmpty();
  }

  @Test
  void shouldNameTheUnknownValueOfABodysEnumerationByTheResourceMethodsTypes() throws Exception {
    Method register = Resource.class.getDeclaredMethod("register", Body.class);
    JsonbException unreadable =
        new JsonbException(
            "Unable to deserialize property 'channel'",
            new IllegalArgumentException(
                "No enum constant " + Channel.class.getCanonicalName() + ".CARRIER_PIGEON"));

    Problem problem = Problems.of(unreadable, true, SPANISH, register);

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getDetail())
        .isEqualTo("No se pudo leer el cuerpo como lo espera este recurso.");
    assertThat(problem.getInvalidParams())
        .containsExactly(new Problem.InvalidParam("channel", "no es uno de [PHONE, WALK_IN]"));
  }

  @Test
  void shouldNotLoadATypeThatAnErrorMessageNamesOutsideTheResourceMethod() {
    JsonbException unreadable =
        new JsonbException(
            "No enum constant " + Channel.class.getCanonicalName() + ".CARRIER_PIGEON");

    Problem problem = Problems.of(unreadable, true, Locale.ENGLISH, null);

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getInvalidParams()).isNull();
    assertThat(problem.getDetail())
        .isEqualTo("The body is not well-formed JSON of the expected shape.");
  }

  @Test
  void shouldAnswerInTheFirstLanguageVeedorSpeaks() {
    assertThat(
            Messages.supported(
                List.of(Locale.FRENCH, Locale.forLanguageTag("pt-BR"), Locale.ENGLISH)))
        .isEqualTo(PORTUGUESE);
    assertThat(Messages.supported(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.supported(List.of())).isEqualTo(Locale.ENGLISH);
  }

  enum Channel {
    PHONE,
    WALK_IN
  }

  record Allegation(String categoryCode) {}

  record Body(Channel channel, List<Allegation> allegations) {}

  static class Resource {
    @SuppressWarnings("unused")
    void register(Body body) {}
  }
}
