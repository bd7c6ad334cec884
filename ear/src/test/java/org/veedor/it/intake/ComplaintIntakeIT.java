package org.veedor.it.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.intake.application.ComplaintDetails;
import org.veedor.intake.application.ComplaintIntake;
import org.veedor.intake.application.ComplaintQueries;
import org.veedor.intake.application.RegisterComplaint;
import org.veedor.intake.domain.Channel;
import org.veedor.intake.domain.ComplaintFilter;
import org.veedor.intake.domain.ComplaintStatus;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsIntake;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.paging.PageRequest;

/** In the container: the intake services, with their validation and their transactions. */
@ExtendWith(ArquillianExtension.class)
class ComplaintIntakeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.intake");
  }

  @Inject ComplaintIntake intake;
  @Inject ComplaintQueries queries;
  @Inject AsIntake asIntake;

  private static RegisterComplaint command(
      String narrative, List<RegisterComplaint.AllegationInput> allegations) {
    return new RegisterComplaint(
        Channel.PHONE,
        LocalDate.now().minusDays(3),
        "Terminal de buses",
        "SUR",
        narrative,
        new RegisterComplaint.ComplainantDetails(false, "Rosa Medina", "rosa@example.org", null),
        false,
        true,
        allegations);
  }

  private ComplaintDetails register(RegisterComplaint command) throws Exception {
    return asIntake.call(() -> intake.register(command));
  }

  private org.veedor.platform.paging.Page<org.veedor.intake.application.ComplaintSummary> search(
      ComplaintFilter filter, PageRequest page) throws Exception {
    return asIntake.call(() -> queries.search(filter, page));
  }

  @Test
  void shouldRefuseARegistrationFromSomeoneWithoutTheIntakeRole() {
    assertThatThrownBy(() -> intake.register(command("x", List.of())))
        .isInstanceOf(jakarta.ejb.EJBAccessException.class);
  }

  @Test
  void shouldRegisterAComplaintThatCanBeReadBackAndFound() throws Exception {
    ComplaintDetails registered =
        register(
            command(
                "Me golpearon en la terminal.",
                List.of(
                    new RegisterComplaint.AllegationInput("EXCESSIVE_FORCE", null, "E-SUR-1-A"))));

    ComplaintDetails read =
        asIntake.call(() -> queries.find(registered.referenceNumber())).orElseThrow();
    assertThat(read.status()).as("registered, then in triage").isEqualTo("TRIAGE");
    assertThat(read.complainantName()).isEqualTo("Rosa Medina");
    assertThat(read.injuryReported()).isTrue();
    assertThat(read.allegations())
        .singleElement()
        .satisfies(a -> assertThat(a.unitCode()).isEqualTo("E-SUR-1-A"));
    var page =
        search(
            new ComplaintFilter(
                ComplaintStatus.TRIAGE,
                "EXCESSIVE_FORCE",
                "R-SUR",
                "SUR",
                null,
                LocalDate.now(),
                LocalDate.now()),
            new PageRequest(0, 200));
    assertThat(page.items())
        .extracting(c -> c.referenceNumber())
        .contains(registered.referenceNumber());
  }

  @Test
  void shouldRefuseAnInvalidCommandAtTheServiceBoundaryWhenNotCalledThroughTheApi() {
    // validation is part of the service's contract, whoever calls it
    RegisterComplaint blank = command(" ", List.of());

    assertThatThrownBy(() -> register(blank))
        .satisfies(
            e -> {
              Throwable cause = e;
              while (cause instanceof EJBException && cause.getCause() != null) {
                cause = cause.getCause();
              }
              assertThat(cause).isInstanceOf(ConstraintViolationException.class);
              assertThat(((ConstraintViolationException) cause).getConstraintViolations())
                  .hasSize(2);
            });
  }

  @Test
  void shouldKeepNothingWhenAnAllegationNamesAnUnknownUnit() throws Exception {
    long before = search(ComplaintFilter.none(), new PageRequest(0, 1)).totalElements();

    assertThatThrownBy(
            () ->
                register(
                    command(
                        "Un agente me insultó.",
                        List.of(
                            new RegisterComplaint.AllegationInput("DISCOURTESY", null, "E-SUR-1-A"),
                            new RegisterComplaint.AllegationInput(
                                "DISCOURTESY", null, "NO-SUCH")))))
        .isInstanceOf(InvalidInputException.class);

    assertThat(search(ComplaintFilter.none(), new PageRequest(0, 1)).totalElements())
        .isEqualTo(before);
  }
}
