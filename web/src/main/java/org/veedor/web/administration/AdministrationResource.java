package org.veedor.web.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.veedor.administration.application.AccountAdministration;
import org.veedor.administration.application.AccountChange;
import org.veedor.administration.application.AccountView;
import org.veedor.administration.application.HandedOutPassword;
import org.veedor.identity.domain.Roles;
import org.veedor.intake.application.ComplaintQueries.CategoryView;
import org.veedor.intake.application.TaxonomyAdministration;
import org.veedor.intake.application.TaxonomyAdministration.CategoryChange;
import org.veedor.officers.application.OrganisationAdministration;
import org.veedor.officers.application.TerritoryView;
import org.veedor.officers.application.UnitView;

/**
 * What an administrator sets up without SQL: accounts (a new one answers its one-time password,
 * once), units and territories, allegation categories. Changes are {@code PATCH}es: a field left
 * out keeps its value. Administrators read no case through any of these.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdministrationResource {

  @Inject AccountAdministration accounts;
  @Inject OrganisationAdministration organisation;
  @Inject TaxonomyAdministration taxonomy;

  /** A new account: its name, roles and unit (a unit code, or none). */
  public record NewAccount(
      String username, String displayName, String email, String unitCode, Set<String> roles) {}

  /** A change to an account; {@code unitCode: ""} takes the user out of any unit. */
  public record AccountPatch(
      String displayName, String email, String unitCode, Set<String> roles, Boolean enabled) {}

  public record NewTerritory(String code, String name) {}

  public record Rename(String name) {}

  public record NewUnit(
      String code, String name, String level, String parentCode, String territoryCode) {}

  public record NewCategory(
      String code, String group, Boolean serious, String nameEn, String nameEs, String namePt) {}

  public record CategoryPatch(
      String group, Boolean serious, String nameEn, String nameEs, String namePt) {}

  @GET
  @Path("accounts")
  public List<AccountView> accounts() {
    return accounts.accounts();
  }

  @GET
  @Path("accounts/{username}")
  public AccountView account(@PathParam("username") String username) {
    return accounts
        .account(username)
        .orElseThrow(() -> new NotFoundException("no account " + username));
  }

  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createAccount(@NotNull @Valid NewAccount account) {
    HandedOutPassword created =
        accounts.create(
            account.username(),
            new AccountChange(
                account.displayName(), account.email(), account.unitCode(), account.roles(), null));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PATCH
  @Path("accounts/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountView changeAccount(
      @PathParam("username") String username, @NotNull @Valid AccountPatch patch) {
    return accounts.change(
        username,
        new AccountChange(
            patch.displayName(), patch.email(), patch.unitCode(), patch.roles(), patch.enabled()));
  }

  @POST
  @Path("accounts/{username}/password")
  public HandedOutPassword resetPassword(@PathParam("username") String username) {
    return accounts.resetPassword(username);
  }

  @POST
  @Path("territories")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createTerritory(@NotNull @Valid NewTerritory territory) {
    TerritoryView created = organisation.createTerritory(territory.code(), territory.name());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PATCH
  @Path("territories/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TerritoryView renameTerritory(
      @PathParam("code") String code, @NotNull @Valid Rename rename) {
    return organisation.renameTerritory(code, rename.name());
  }

  @POST
  @Path("units")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createUnit(@NotNull @Valid NewUnit unit) {
    UnitView created =
        organisation.createUnit(
            unit.code(), unit.name(), unit.level(), unit.parentCode(), unit.territoryCode());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PATCH
  @Path("units/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UnitView renameUnit(@PathParam("code") String code, @NotNull @Valid Rename rename) {
    return organisation.renameUnit(code, rename.name());
  }

  @POST
  @Path("units/{code}/closing")
  public UnitView closeUnit(@PathParam("code") String code) {
    return organisation.closeUnit(code);
  }

  @POST
  @Path("categories")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addCategory(@NotNull @Valid NewCategory category) {
    CategoryView added =
        taxonomy.add(
            category.code(),
            new CategoryChange(
                category.group(),
                category.serious(),
                category.nameEn(),
                category.nameEs(),
                category.namePt()));
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @PATCH
  @Path("categories/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CategoryView changeCategory(
      @PathParam("code") String code, @NotNull @Valid CategoryPatch patch) {
    return taxonomy.change(
        code,
        new CategoryChange(
            patch.group(), patch.serious(), patch.nameEn(), patch.nameEs(), patch.namePt()));
  }

  @POST
  @Path("categories/{code}/retirement")
  public CategoryView retireCategory(@PathParam("code") String code) {
    return taxonomy.retire(code);
  }

  @POST
  @Path("categories/{code}/restoration")
  public CategoryView restoreCategory(@PathParam("code") String code) {
    return taxonomy.restore(code);
  }
}
