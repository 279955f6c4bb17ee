package io.github.govaudit.page;

/**
 * What the article body is made of, to tell an interpretation product (图解, video) from text.
 *
 * @param textChars characters of body text outside links
 * @param largeImages images in the body that are not icons
 * @param hasVideo the body plays a video
 * @param hasAudio the body plays audio
 */
public record BodyStats(int textChars, int largeImages, boolean hasVideo, boolean hasAudio) {

  /** Stats of a page without an article body. */
  public static BodyStats empty() {
    return new BodyStats(0, 0, false, false);
  }
}
