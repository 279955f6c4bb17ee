package io.github.govaudit.gensite2;

/** The seed of the second generated site: {@code -Dgovaudit.gensite2.seed=N} picks another. */
final class SecondSite {

  static final long DEFAULT_SEED = 20_261_125L;

  private SecondSite() {}

  static long seed() {
    return Long.getLong("govaudit.gensite2.seed", DEFAULT_SEED);
  }

  static GeneratedMunicipalSite generate(long seed) {
    return new MunicipalSiteGenerator(seed).generate(seed);
  }
}
