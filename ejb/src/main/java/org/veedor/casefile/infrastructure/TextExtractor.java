package org.veedor.casefile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.veedor.casefile.domain.CaseFile;
import org.veedor.casefile.domain.ExtractionReason;

/**
 * Apache Tika, bounded: the type of a file from its bytes alone (never its name), and its text
 * within a time limit, an output limit and Tika's and POI's guards against zip bombs. Parsing runs
 * on its own small pool of daemon threads so that a stuck parser cannot hold a request or the
 * server's own threads; a parse past its time is abandoned and recorded as such.
 */
@ApplicationScoped
public class TextExtractor {

  /** What may be received as evidence. */
  public static final Set<String> ACCEPTED =
      Set.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text",
          "application/rtf",
          "text/plain",
          "message/rfc822",
          "image/jpeg",
          "image/png",
          "image/tiff",
          "image/gif",
          "image/webp",
          "image/heic");

  private static final long TIME_LIMIT_SECONDS = 60;

  /** The outcome of one extraction. */
  public record Outcome(
      String text, String note, String failure, boolean refused, ExtractionReason reason) {

    static Outcome text(String text, String note) {
      return new Outcome(text, note, null, false, note == null ? null : ExtractionReason.TEXT_CUT);
    }

    static Outcome failed(ExtractionReason reason, String detail) {
      return new Outcome(null, null, detail, reason.forGood(), reason);
    }

    public boolean succeeded() {
      return failure == null;
    }
  }

  // Tika's default configuration: the parsers and detectors found on the class path
  private final AutoDetectParser parser = new AutoDetectParser();
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread thread = new Thread(r, "veedor-text-extraction");
            thread.setDaemon(true);
            return thread;
          });

  /** The media type of a file from its first bytes and, for containers, their contents. */
  public String detect(Path file) {
    Detector detector = parser.getDetector();
    try (TikaInputStream in = TikaInputStream.get(file)) {
      MediaType type = detector.detect(in, new Metadata());
      return type.getBaseType().toString().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  /** The text of a stored file, or why there is none. */
  public Outcome extract(Path file, String mediaType) {
    Future<Outcome> parse = pool.submit(() -> parse(file, mediaType));
    try {
      return parse.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      return Outcome.failed(
          ExtractionReason.TOO_SLOW,
          "extraction took longer than " + TIME_LIMIT_SECONDS + " s and was abandoned");
    } catch (ExecutionException e) {
      return Outcome.failed(
          ExtractionReason.UNREADABLE, "extraction failed: " + describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(ExtractionReason.INTERRUPTED, "extraction interrupted");
    }
  }

  private Outcome parse(Path file, String mediaType) {
    BodyContentHandler handler = new BodyContentHandler(CaseFile.MAX_TEXT);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true); // streams the document instead of loading it whole
    context.set(OfficeParserConfig.class, office);
    context.set(Parser.class, parser);
    String note = null;
    String suspicion = ZipBombGuard.suspicion(file).orElse(null);
    if (suspicion != null) {
      return Outcome.failed(
          ExtractionReason.ZIP_BOMB, "refused: suspected zip bomb (" + suspicion + ")");
    }
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, metadata, context);
    } catch (WriteLimitReachedException e) {
      note = "text cut at " + CaseFile.MAX_TEXT + " characters";
    } catch (EncryptedDocumentException e) {
      return Outcome.failed(ExtractionReason.ENCRYPTED, "refused: the document is encrypted");
    } catch (Exception e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        note = "text cut at " + CaseFile.MAX_TEXT + " characters";
      } else {
        String reason = describe(e);
        if (reason.toLowerCase(Locale.ROOT).contains("zip bomb")) {
          return Outcome.failed(
              ExtractionReason.ZIP_BOMB, "refused: suspected zip bomb (" + reason + ")");
        }
        return Outcome.failed(ExtractionReason.UNREADABLE, "extraction failed: " + reason);
      }
    } catch (OutOfMemoryError e) {
      // a container that fills the memory is a zip bomb whose directory lied: the same reason as
      // when a guard before saw it
      if (ZipBombGuard.isZip(file)) {
        return Outcome.failed(
            ExtractionReason.ZIP_BOMB,
            "refused: suspected zip bomb (it needs more memory than is allowed)");
      }
      return Outcome.failed(
          ExtractionReason.NEEDS_TOO_MUCH_MEMORY,
          "refused: the document needs more memory than is allowed");
    }
    StringBuilder text = new StringBuilder(handler.toString().strip());
    if (mediaType.startsWith("image/")) {
      // of an image, what is searchable is what it says of itself: dates, camera, place
      for (String name : metadata.names()) {
        if (!name.startsWith("X-TIKA") && !name.equals(Metadata.CONTENT_TYPE)) {
          text.append('\n').append(name).append(": ").append(metadata.get(name));
        }
      }
    }
    return Outcome.text(text.toString().strip(), note);
  }

  private static String describe(Throwable e) {
    StringBuilder reason = new StringBuilder();
    Throwable cause = e;
    int depth = 0;
    while (cause != null && depth++ < 4) {
      if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
        if (reason.length() > 0) {
          reason.append(": ");
        }
        reason.append(cause.getMessage());
      }
      cause = cause.getCause();
    }
    return reason.length() == 0 ? e.getClass().getSimpleName() : reason.toString();
  }
}
