package org.veedor.casefile.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The first guard against zip bombs, before any parser inflates a byte: a document that is a zip
 * container (DOCX, ODT and their kin) is refused when its central directory declares more than
 * {@link #MAX_TOTAL} bytes of content, or an entry that inflates past {@link #MAX_RATIO} times its
 * compressed size once it is larger than {@link #RATIO_FROM}. The parsers' own guards (POI's
 * inflate ratio, the memory limit) stay behind it for a directory that lies; this one decides
 * first, so the same file is always refused for the same reason.
 */
final class ZipBombGuard {

  static final long MAX_TOTAL = 512L << 20;
  static final long MAX_RATIO = 100;
  static final long RATIO_FROM = 10L << 20;
  static final int MAX_ENTRIES = 10_000;

  private ZipBombGuard() {}

  /** Whether the file is a zip container (DOCX, ODT, XLSX and their kin). */
  static boolean isZip(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Why the file is a suspected zip bomb, or empty when it is not a zip or looks sound. */
  static Optional<String> suspicion(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long total = 0;
      int count = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (++count > MAX_ENTRIES) {
          return Optional.of("more than " + MAX_ENTRIES + " entries");
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0) {
          continue; // not declared: the parser's own guard measures it while inflating
        }
        total += size;
        if (total > MAX_TOTAL) {
          return Optional.of("declares more than " + (MAX_TOTAL >> 20) + " MB of content");
        }
        if (size > RATIO_FROM && compressed > 0 && size / compressed > MAX_RATIO) {
          return Optional.of(
              entry.getName() + " inflates " + size / compressed + " times its stored size");
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a zip, or a damaged one: the parser reports what it finds
    }
  }
}
