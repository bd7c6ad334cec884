package org.veedor.platform.mail;

/**
 * A letter to send: to one address, a subject and a plain-text body.
 *
 * @param kind what the letter is (acknowledgement, reminder...), for the log
 */
public record Letter(String to, String subject, String body, String kind) {}
