package io.github.govaudit.inspect;

import java.util.List;

/**
 * The check of one link target.
 *
 * @param url the target
 * @param outcome ok, redirect, broken, unverified or skipped
 * @param reason why ({@code http 404}, {@code timeout after 3 attempts}, {@code anti-bot http 403} …)
 * @param chain each answer on the way, {@code STATUS URL}, the last one the final answer
 * @param attempts requests made for the final URL
 * @param checkedAt when the check ended (ISO-8601)
 * @param source {@code live} (checked now) or {@code crawl} (the crawl's stored answer)
 */
public record LinkResult(String url, LinkOutcome outcome, String reason, List<String> chain, int attempts,
    String checkedAt, String source) {

  public LinkResult {
    chain = List.copyOf(chain);
  }
}
