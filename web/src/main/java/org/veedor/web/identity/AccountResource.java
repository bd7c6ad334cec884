package org.veedor.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.veedor.identity.application.PasswordChange;
import org.veedor.identity.domain.Roles;

/**
 * The caller's own password. An account whose password was handed out (a new account, a reset, the
 * first administrator) may call nothing else until it has changed it.
 */
@Path("/account")
@RolesAllowed(Roles.SIGNED_IN)
public class AccountResource {

  @Inject PasswordChange passwords;

  /** The password in use and the one chosen to replace it. */
  public record PasswordInput(String currentPassword, String newPassword) {}

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(@NotNull @Valid PasswordInput input) {
    passwords.change(chars(input.currentPassword()), chars(input.newPassword()));
    return Response.noContent().build();
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }
}
