package io.github.govaudit.page;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A page analysis as the crawler stores it beside the page: the id of the build that made it, then
 * the analysis in {@link PageAnalysisCodec}'s form. A later build may read pages better, so an
 * analysis is trusted only by the build that made it; any other reads the page again. Thread-safe.
 */
public final class StoredAnalysis {

  private final PageAnalysisCodec codec = new PageAnalysisCodec();
  private final byte[] build;

  /** @param build the id of this build ({@code profile.Build.ID}) */
  public StoredAnalysis(String build) {
    this.build = build.getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes to store for {@code analysis}. */
  public byte[] encode(PageAnalysis analysis) {
    byte[] body = codec.encode(analysis);
    byte[] out = new byte[1 + build.length + body.length];
    out[0] = (byte) build.length;
    System.arraycopy(build, 0, out, 1, build.length);
    System.arraycopy(body, 0, out, 1 + build.length, body.length);
    return out;
  }

  /** The analysis in {@code stored}, when this build made it and it reads back; else empty. */
  public Optional<PageAnalysis> decode(byte[] stored) {
    if (stored.length < 1 + build.length || (stored[0] & 0xff) != build.length
        || !Arrays.equals(stored, 1, 1 + build.length, build, 0, build.length)) {
      return Optional.empty();
    }
    try {
      return Optional.of(codec.decode(Arrays.copyOfRange(stored, 1 + build.length, stored.length)));
    } catch (AnalysisFormatException e) {
      return Optional.empty(); // the page is read again
    }
  }
}
