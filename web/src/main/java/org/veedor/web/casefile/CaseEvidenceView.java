package org.veedor.web.casefile;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.veedor.casefile.application.CaseFileSettings;
import org.veedor.casefile.application.CaseFileView;
import org.veedor.casefile.application.CaseFiles;
import org.veedor.casefile.application.CaseNotes;
import org.veedor.casefile.application.NoteView;
import org.veedor.casefile.application.UnsupportedFileException;
import org.veedor.casefile.domain.FileTooLargeException;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.NotAllowedException;
import org.veedor.web.platform.Messages;

/**
 * The evidence section of a case's page: its files (with their extraction state and a download that
 * checks the hash), an upload, and the investigators' notes with a way to add one.
 */
@Named
@ViewScoped
public class CaseEvidenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseFiles files;
  @Inject transient CaseNotes notes;
  @Inject transient CaseFileSettings settings;
  @Inject transient HttpServletRequest request;

  private String reference;
  private List<CaseFileView> fileList = List.of();
  private List<NoteView> noteList = List.of();
  private boolean readsNotes;
  private transient jakarta.servlet.http.Part upload;
  private Boolean identifying;
  private String newNote;

  /** Reads the case's files and, for those who read them, its notes. */
  public void load(String reference) {
    this.reference = reference;
    if (reference == null) {
      return;
    }
    fileList = files.list(reference).orElse(List.of());
    readsNotes = false;
    try {
      noteList = notes.list(reference).orElse(List.of());
      readsNotes = true;
    } catch (EJBAccessException e) {
      noteList = List.of();
    }
  }

  public void upload() {
    if (upload == null || upload.getSize() == 0) {
      Messages.error("evidence.uploadEmpty");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      if (files.add(reference, upload.getSubmittedFileName(), in, isIdentifying()).isPresent()) {
        Messages.info("evidence.uploaded", upload.getSubmittedFileName());
      } else {
        Messages.error("evidence.notAllowed");
      }
    } catch (FileTooLargeException e) {
      Messages.error("evidence.tooLarge", settings.maxFileMegabytes());
    } catch (UnsupportedFileException e) {
      Messages.error("evidence.unsupported", e.mediaType());
    } catch (NotAllowedException | EJBAccessException e) {
      Messages.error("evidence.notAllowed");
    } catch (IOException e) {
      Messages.error("evidence.uploadFailed");
    }
    load(reference);
  }

  public void addNote() {
    try {
      if (notes.write(reference, newNote).isPresent()) {
        newNote = null;
        Messages.info("evidence.noteWritten");
      } else {
        Messages.error("evidence.notAllowed");
      }
    } catch (InvalidInputException e) {
      Messages.error("evidence.noteInvalid", Messages.text(e.errors().get(0)));
    } catch (NotAllowedException | EJBAccessException e) {
      Messages.error("evidence.notAllowed");
    }
    load(reference);
  }

  /** The download address (the REST API, which checks the hash and records the download). */
  public String downloadUrl(CaseFileView file) {
    return request.getContextPath()
        + "/api/complaints/"
        + reference
        + "/files/"
        + file.id()
        + "/content";
  }

  /** Whether the file to upload identifies the complainant: yes by default for intake. */
  public boolean isIdentifying() {
    return identifying == null ? request.isUserInRole("INTAKE") : identifying;
  }

  public void setIdentifying(boolean identifying) {
    this.identifying = identifying;
  }

  public boolean isMayAdd() {
    return request.isUserInRole("INTAKE")
        || request.isUserInRole("INVESTIGATOR")
        || request.isUserInRole("SUPERVISOR");
  }

  public boolean isMayWriteNotes() {
    return request.isUserInRole("INVESTIGATOR") || request.isUserInRole("SUPERVISOR");
  }

  public List<CaseFileView> getFiles() {
    return fileList;
  }

  public List<NoteView> getNotes() {
    return noteList;
  }

  public boolean isReadsNotes() {
    return readsNotes;
  }

  public jakarta.servlet.http.Part getUpload() {
    return upload;
  }

  public void setUpload(jakarta.servlet.http.Part upload) {
    this.upload = upload;
  }

  public String getNewNote() {
    return newNote;
  }

  public void setNewNote(String newNote) {
    this.newNote = newNote;
  }
}
