package io.github.govaudit.inspect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Criteria A1 {@code site_unreachable}: probes the home page a few times each run (15 s each, at most
 * 5 redirects; a WAF challenge is "blocked", not "down") and judges the whole probe history. Fewer
 * than the rule's days of history cannot judge availability: the finding is then {@code not_applicable}
 * with what was measured.
 */
final class Availability {

  private static final int MAX_REDIRECTS = 5;

  private final Ruleset.Thresholds t;
  private final FindingMaker maker;
  private final HttpProbe http;

  Availability(Ruleset ruleset, HttpProbe http) {
    this.t = ruleset.thresholds();
    this.maker = new FindingMaker(ruleset, InspectionChecks.SITE_UNREACHABLE);
    this.http = http;
  }

  /** This run's probes of {@code home}. */
  List<Probe> probe(String home) {
    List<Probe> out = new ArrayList<>();
    for (int i = 0; i < t.probesPerRun(); i++) {
      if (i > 0) {
        pause();
      }
      out.add(once(home));
    }
    return out;
  }

  private void pause() {
    try {
      Thread.sleep(t.probeIntervalMs());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Probe once(String home) {
    long t0 = System.nanoTime();
    String when = Instant.now().toString();
    String url = home;
    Answer a = http.get(url);
    for (int hop = 0; hop < MAX_REDIRECTS && a.isRedirect() && !a.location().isBlank(); hop++) {
      try {
        url = java.net.URI.create(url).resolve(a.location().strip()).toString();
      } catch (IllegalArgumentException e) {
        a = Answer.failed("redirect to an invalid Location");
        break;
      }
      a = http.get(url);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    String result;
    if (a.status() >= 200 && a.status() < 300 && PageSigns.isChallenge(a.body()) || a.status() == 412 || a.status() == 521) {
      result = Probe.BLOCKED;
    } else if (a.status() >= 200 && a.status() < 300 && !a.body().isBlank() && ms <= t.probeTimeoutSeconds() * 1000) {
      result = Probe.OK;
    } else {
      result = Probe.DOWN;
    }
    return new Probe(when, home, a.status(), ms, result, a.failure());
  }

  /** The finding over the whole history, if any. */
  Optional<Finding> judge(String home, List<Probe> history) {
    List<Probe> counted = history.stream().filter(p -> !p.result().equals(Probe.BLOCKED)).toList();
    long down = counted.stream().filter(p -> p.result().equals(Probe.DOWN)).count();
    double ratio = counted.isEmpty() ? 0 : (double) down / counted.size();
    String measured = (counted.size() - down) + "/" + counted.size() + " probes answered ("
        + Math.round((1 - ratio) * 1000) / 10.0 + "%) over " + spanDays(history) + " days";
    String threshold = "fail if >= " + Math.round(t.probeFailRatio() * 100) + "% of probes fail over " + t.probeDays() + " days";
    List<Finding.Evidence> evidence = history.stream().filter(p -> !p.result().equals(Probe.OK))
        .limit(20).map(p -> new Finding.Evidence(p.url(), p.time() + " " + p.result() + " status " + p.status()
            + " " + p.ms() + " ms " + p.error())).toList();
    if (spanDays(history) < t.probeDays()) {
      return Optional.of(maker.make(Status.NOT_APPLICABLE, home, "availability needs " + t.probeDays()
          + " days of probes; this history has " + spanDays(history) + " (run inspect daily, or a scheduled probe)",
          measured, threshold, evidence, "Keep inspecting: probes accumulate in DATA/inspections/probes.jsonl."));
    }
    if (ratio >= t.probeFailRatio()) {
      return Optional.of(maker.make(Status.FAIL, home, "the home page failed " + down + " of " + counted.size()
          + " probes", measured, threshold, evidence, "Make the home page load within 15 s at all times."));
    }
    return Optional.empty();
  }

  private static long spanDays(List<Probe> history) {
    if (history.size() < 2) {
      return 0;
    }
    try {
      return Duration.between(Instant.parse(history.get(0).time()), Instant.parse(history.get(history.size() - 1).time()))
          .toDays();
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
