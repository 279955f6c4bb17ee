package io.github.govaudit.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the list of sites for {@code crawl --sites}: a CSV file with one site a line, {@code name,
 * home[, profile]}, an optional header line and {@code #} comments. Each site is crawled into
 * {@code DATA/<name>/}, so a name is a plain folder name.
 */
public final class SitesFile {

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

  /**
   * One site of the file.
   *
   * @param name its folder name under the data directory
   * @param home its home page (may be empty when a profile gives it)
   * @param profile its profile, resolved against the file's folder, or null
   * @param line where it is in the file
   */
  public record Site(String name, String home, Path profile, int line) {}

  /** Reads {@code file}. */
  public List<Site> read(Path file) throws ProfileException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ProfileException("sites file not found: " + file + " (a CSV of name,home[,profile])");
    } catch (IOException e) {
      throw new ProfileException("cannot read sites file " + file + ": " + e.getMessage());
    }
    List<Site> sites = new ArrayList<>();
    Set<String> names = new HashSet<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean header = first && line.toLowerCase(java.util.Locale.ROOT).startsWith("name,");
      first = false;
      if (header) {
        continue;
      }
      Site site = parse(file, line, i + 1);
      if (!names.add(site.name())) {
        throw new ProfileException(file + ":" + (i + 1) + ": site name '" + site.name() + "' appears twice");
      }
      sites.add(site);
    }
    if (sites.isEmpty()) {
      throw new ProfileException(file + ": no sites listed (one per line: name,home[,profile])");
    }
    return sites;
  }

  private static Site parse(Path file, String line, int number) throws ProfileException {
    String[] cells = line.split(",", -1);
    String at = file + ":" + number + ": ";
    if (cells.length < 2 || cells.length > 3) {
      throw new ProfileException(at + "expected name,home[,profile] but found " + cells.length + " fields");
    }
    String name = unquote(cells[0]);
    String home = unquote(cells[1]);
    String profile = cells.length == 3 ? unquote(cells[2]) : "";
    if (!NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new ProfileException(at + "site name '" + name + "' must be a plain folder name (letters, digits, . _ -)");
    }
    if (home.isEmpty() && profile.isEmpty()) {
      throw new ProfileException(at + "site '" + name + "' needs a home URL or a profile");
    }
    Path base = file.toAbsolutePath().getParent();
    return new Site(name, home, profile.isEmpty() ? null : base.resolve(profile), number);
  }

  private static String unquote(String cell) {
    String c = cell.strip();
    return c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1).strip() : c;
  }
}
