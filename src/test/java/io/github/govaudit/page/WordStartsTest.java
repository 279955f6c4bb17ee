package io.github.govaudit.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartsTest {

  private static final List<String> SCRIPTS = List.of(
      "var countPage = 12;",
      "var mycountPage = 12;",
      "x_countPage=3; countPage=4",
      "countPage=7",
      "页码countPage = 5",
      "(countPage)=1; countPage\n=\t9",
      "no paging here");

  private static final List<String> MARKUP = List.of(
      "<video src=\"/files/a.MP4\"></video>",
      "<a href=\"/files/a.mp4x\">x</a>",
      "file: 'b.m3u8', other: 'c.mp3'",
      "<img src=\"x.webm_thumb.jpg\">",
      "视频.flv。",
      "ends with .ogg",
      "a.mp4a and b.wav2",
      "nothing at all.");

  @Test
  void findsTheWordOnlyWhereItStartsAWordAsBoundaryRegexDoes() {
    Pattern bounded = Pattern.compile("\\bcountPage\\s*=\\s*(\\d+)");
    Pattern word = Pattern.compile("countPage\\s*=\\s*(\\d+)");
    for (String s : SCRIPTS) {
      Matcher expected = bounded.matcher(s);
      Matcher found = WordStarts.find(word, s);
      assertThat(found != null).as(s).isEqualTo(expected.find());
      if (found != null) {
        assertThat(found.group(1)).as(s).isEqualTo(expected.group(1));
      }
    }
  }

  @Test
  void findsFileExtensionsAsTheCaseInsensitiveBoundaryRegexDoes() {
    Pattern video = Pattern.compile("(?i)\\.(?:mp4|flv|m3u8|mov|wmv|avi|f4v|webm)\\b");
    Pattern audio = Pattern.compile("(?i)\\.(?:mp3|wav|m4a|aac|wma|ogg)\\b");
    List<String> videos = List.of("mp4", "flv", "m3u8", "mov", "wmv", "avi", "f4v", "webm");
    List<String> audios = List.of("mp3", "wav", "m4a", "aac", "wma", "ogg");
    for (String s : MARKUP) {
      assertThat(WordStarts.mentionsExtension(s, videos)).as(s).isEqualTo(video.matcher(s).find());
      assertThat(WordStarts.mentionsExtension(s, audios)).as(s).isEqualTo(audio.matcher(s).find());
    }
    assertThat(WordStarts.mentionsExtension("<video src=\"/files/a.MP4\">", videos)).isTrue();
    assertThat(WordStarts.mentionsExtension("a.mp4x", videos)).isFalse();
  }
}
