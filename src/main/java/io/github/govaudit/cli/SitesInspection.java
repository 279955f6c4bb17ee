package io.github.govaudit.cli;

import io.github.govaudit.inspect.Inspection;
import io.github.govaudit.profile.ProfileException;
import io.github.govaudit.profile.SitesFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code supervise --sites}: crawls (when needed) and inspects every site of a sites CSV, a few at a
 * time, each into {@code ROOT/<name>/} with its own politeness; a site that fails does not stop the
 * others and is listed with its error.
 */
final class SitesInspection {

  /**
   * How one site's inspection ended.
   *
   * @param site the site
   * @param data its data directory
   * @param inspection its inspection, or null when it failed
   * @param error why it failed, or empty
   */
  record Outcome(SitesFile.Site site, Path data, Inspection inspection, String error) {}

  private final PrintWriter err;

  SitesInspection(PrintWriter err) {
    this.err = err;
  }

  List<Outcome> run(Path sitesFile, Path root, Path out, int parallel, LocalDate asOf) throws CliError {
    List<SitesFile.Site> sites;
    try {
      sites = new SitesFile().read(sitesFile);
    } catch (ProfileException e) {
      throw CliError.usage(e.getMessage());
    }
    return SitePool.runAll(sites, parallel,
        s -> inspect(s, root.resolve(s.name()), out.resolve("sites").resolve(s.name()), asOf), "inspecting the sites");
  }

  private Outcome inspect(SitesFile.Site s, Path data, Path out, LocalDate asOf) {
    try {
      InspectRun.Written w = new InspectRun(err, false).run(s.profile(), s.profile() == null ? s.home() : null, data, out,
          false, asOf);
      synchronized (err) {
        err.printf("govaudit: %s inspected: %s%n", s.name(), w.inspection().verdict().result().key());
      }
      return new Outcome(s, data, w.inspection(), "");
    } catch (CliError e) {
      synchronized (err) {
        err.printf("govaudit: %s not inspected: %s%n", s.name(), e.getMessage());
      }
      return new Outcome(s, data, null, e.getMessage());
    }
  }
}
