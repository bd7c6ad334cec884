package org.veedor.casefile.application;

import java.nio.file.Path;

/** A file that passed its integrity check, ready to be sent. */
public record Download(
    String fileName, String mediaType, long sizeBytes, String sha256, Path path) {}
