package io.github.govaudit.flink;

import io.github.govaudit.crawl.FetchedPage;
import io.github.govaudit.crawl.PageSink;
import io.github.govaudit.crawl.SteppedCrawl;
import io.github.govaudit.crawl.Understanding;
import io.github.govaudit.page.CategoryRules;
import io.github.govaudit.page.CrawlReading;
import io.github.govaudit.page.PageAnalyzer;
import io.github.govaudit.page.StoredAnalysis;
import io.github.govaudit.profile.Build;
import io.github.govaudit.profile.CrawlProfile;
import io.github.govaudit.profile.ProfileException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls the sites of one host (the key), one request at a time: a processing-time timer per host
 * spaces the requests by the site's delay (or its robots.txt's Crawl-delay), counted from each answer
 * as the one-machine crawl does. Each site's crawl state (URLs waiting, every URL seen, trap budgets,
 * its robots.txt) is keyed state, so a job restored from a checkpoint goes on where the checkpoint
 * was and fetches nothing before it again. Emits each site's start, every answer, and its end.
 */
final class SiteFetch extends KeyedProcessFunction<String, SiteJob, SiteEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(SiteFetch.class);

  /**
   * One site of the host as the checkpoint keeps it.
   *
   * @param snapshot where its crawl is, or null before its first request and once it ended
   * @param done how it ended, or null while it runs
   */
  private record Progress(SiteJob job, String started, SteppedCrawl.Snapshot snapshot, SiteDone done)
      implements Serializable {}

  private transient MapState<String, byte[]> sites;
  private transient ValueState<Long> timer;
  private transient Map<String, SteppedCrawl> live;
  private transient List<FetchedPage> answered;
  private transient Understanding understanding;

  @Override
  public void open(OpenContext context) {
    sites = getRuntimeContext().getMapState(new MapStateDescriptor<>("sites", Types.STRING,
        PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    timer = getRuntimeContext().getState(new ValueStateDescriptor<>("next-request", Types.LONG));
    live = new HashMap<>();
    answered = new ArrayList<>();
    understanding = new CrawlReading(new PageAnalyzer(CategoryRules.defaults()), new StoredAnalysis(Build.ID));
  }

  @Override
  public void processElement(SiteJob job, Context ctx, Collector<SiteEvent> out) throws Exception {
    byte[] known = sites.get(job.name());
    if (known != null) {
      // the sites are sent again after a restore: a site under way goes on from its state, a finished one
      // is finished again (its report written anew from its store)
      Progress p = Wire.read(known, Progress.class);
      if (p.done() != null) {
        out.collect(new SiteEvent(job.name(), SiteEvent.Kind.FINISHED, Wire.bytes(p.done())));
      }
      return;
    }
    String started = Instant.now().toString();
    sites.put(job.name(), Wire.bytes(new Progress(job, started, null, null)));
    out.collect(new SiteEvent(job.name(), SiteEvent.Kind.STARTED, Wire.bytes(job)));
    if (timer.value() == null) {
      long now = ctx.timerService().currentProcessingTime();
      ctx.timerService().registerProcessingTimeTimer(now);
      timer.update(now);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SiteEvent> out) throws Exception {
    timer.clear();
    Progress p = nextUnfinished();
    if (p == null) {
      return;
    }
    long delay = step(p, out);
    if (nextUnfinished() != null) {
      long at = ctx.timerService().currentProcessingTime() + delay;
      ctx.timerService().registerProcessingTimeTimer(at);
      timer.update(at);
    }
  }

  private Progress nextUnfinished() throws Exception {
    for (byte[] b : sites.values()) {
      Progress p = Wire.read(b, Progress.class);
      if (p.done() == null) {
        return p;
      }
    }
    return null;
  }

  /** Makes the site's next request; returns the pause before the host's next one. */
  private long step(Progress p, Collector<SiteEvent> out) throws Exception {
    String name = p.job().name();
    SteppedCrawl crawl = live.get(name);
    if (crawl == null) {
      CrawlProfile profile;
      try {
        profile = p.job().crawlProfile();
      } catch (ProfileException e) {
        finish(p, new SiteDone(p.job(), p.started(), false, 0, 0, 0, List.of(), e.getMessage()), out);
        return 0;
      }
      PageSink sink = new PageSink() {
        @Override
        public void accept(FetchedPage page) {
          answered.add(page);
        }

        @Override
        public void unchanged(String url, Instant when) {
          // a first crawl asks for nothing with validators
        }
      };
      crawl = p.snapshot() == null ? SteppedCrawl.start(profile, understanding, sink, m -> LOG.info("{}: {}", name, m))
          : SteppedCrawl.resume(profile, understanding, sink, m -> LOG.info("{}: {}", name, m), p.snapshot());
      live.put(name, crawl);
    }
    answered.clear();
    crawl.step();
    for (FetchedPage page : answered) {
      out.collect(new SiteEvent(name, SiteEvent.Kind.PAGE, Wire.bytes(page)));
    }
    answered.clear();
    long delay = crawl.delayMs();
    if (crawl.hasNext()) {
      sites.put(name, Wire.bytes(new Progress(p.job(), p.started(), crawl.snapshot(), null)));
    } else {
      finish(p, new SiteDone(p.job(), p.started(), !crawl.limitReached(), crawl.requests(), crawl.stored(),
          crawl.errors(), crawl.cuts(), ""), out);
      crawl.close();
      live.remove(name);
    }
    return delay;
  }

  private void finish(Progress p, SiteDone done, Collector<SiteEvent> out) throws Exception {
    sites.put(p.job().name(), Wire.bytes(new Progress(p.job(), p.started(), null, done)));
    out.collect(new SiteEvent(p.job().name(), SiteEvent.Kind.FINISHED, Wire.bytes(done)));
  }

  @Override
  public void close() {
    if (live != null) {
      live.values().forEach(SteppedCrawl::close);
    }
  }
}
