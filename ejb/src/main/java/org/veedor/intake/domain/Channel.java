package org.veedor.intake.domain;

/** How a complaint reached the institution. */
public enum Channel {
  PUBLIC_WEB,
  WALK_IN,
  PHONE,
  MAIL,
  INTERNAL_REFERRAL,
  WHISTLEBLOWER
}
