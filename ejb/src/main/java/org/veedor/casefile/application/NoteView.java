package org.veedor.casefile.application;

import java.time.Instant;

/** One version of a note. */
public record NoteView(String key, int version, String text, String writtenBy, Instant writtenAt) {}
