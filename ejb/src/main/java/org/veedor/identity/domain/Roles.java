package org.veedor.identity.domain;

import java.util.List;

/** The roles of DOMAIN.md, as constants for {@code @RolesAllowed} and the realm's role table. */
public final class Roles {

  public static final String INTAKE = "INTAKE";
  public static final String INVESTIGATOR = "INVESTIGATOR";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String DISCIPLINARY_AUTHORITY = "DISCIPLINARY_AUTHORITY";
  public static final String APPEALS_BODY = "APPEALS_BODY";
  public static final String OVERSIGHT_BOARD = "OVERSIGHT_BOARD";
  public static final String LEADERSHIP = "LEADERSHIP";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMIN = "ADMIN";

  /**
   * Any signed-in user, whatever the role (the "**" role of the Jakarta EE security
   * specifications). For reads open to every role; anonymous callers are still refused.
   */
  public static final String SIGNED_IN = "**";

  /**
   * What an account holds instead of its roles while its password, handed out by an administrator,
   * waits to be changed: it may change the password and do nothing else. Never assigned.
   */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  /** Every role a user may hold, in the order of DOMAIN.md. */
  public static final List<String> ALL =
      List.of(
          INTAKE,
          INVESTIGATOR,
          SUPERVISOR,
          DISCIPLINARY_AUTHORITY,
          APPEALS_BODY,
          OVERSIGHT_BOARD,
          LEADERSHIP,
          AUDITOR,
          ADMIN);

  private Roles() {}
}
