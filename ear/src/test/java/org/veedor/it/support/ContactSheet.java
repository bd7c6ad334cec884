package org.veedor.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Screenshots made small and laid out in a grid, one row per page and language, one column per
 * width, for a reviewer to look over a role's pages at a glance; the rows are named in a text file
 * beside the sheet.
 */
public final class ContactSheet {

  private static final int CELL_WIDTH = 280;
  private static final int CELL_HEIGHT = 200;
  private static final int GAP = 6;

  private final String name;
  private final int columns;
  private final List<String> labels = new ArrayList<>();
  private final List<BufferedImage> shots = new ArrayList<>();

  public ContactSheet(String name, int columns) {
    this.name = name;
    this.columns = columns;
  }

  /** The next cell, left to right and row by row. */
  public void add(String label, byte[] png) {
    try {
      BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
      double scale =
          Math.min((double) CELL_WIDTH / shot.getWidth(), (double) CELL_HEIGHT / shot.getHeight());
      int w = Math.max(1, (int) (shot.getWidth() * scale));
      int h = Math.max(1, (int) (shot.getHeight() * scale));
      BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = small.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(shot, 0, 0, w, h, null);
      g.dispose();
      labels.add(label);
      shots.add(small);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code <name>-sheet.png} and {@code <name>-sheet.txt} to the folder, if one is set. */
  public void writeTo(String folder) {
    if (folder == null || shots.isEmpty()) {
      return;
    }
    int rows = (shots.size() + columns - 1) / columns;
    BufferedImage sheet =
        new BufferedImage(
            columns * (CELL_WIDTH + GAP) + GAP,
            rows * (CELL_HEIGHT + GAP) + GAP,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
    for (int i = 0; i < shots.size(); i++) {
      int x = GAP + (i % columns) * (CELL_WIDTH + GAP);
      int y = GAP + (i / columns) * (CELL_HEIGHT + GAP);
      g.drawImage(shots.get(i), x, y, null);
    }
    g.dispose();
    try {
      Path dir = Path.of(folder, "tour");
      Files.createDirectories(dir);
      ImageIO.write(sheet, "png", dir.resolve(name + "-sheet.png").toFile());
      List<String> index = new ArrayList<>();
      for (int i = 0; i < labels.size(); i += columns) {
        index.add(
            "row "
                + (i / columns + 1)
                + ": "
                + String.join(" | ", labels.subList(i, Math.min(i + columns, labels.size()))));
      }
      Files.write(dir.resolve(name + "-sheet.txt"), index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
