package io.github.govaudit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitesFileTest {

  @TempDir Path dir;

  private List<SitesFile.Site> read(String csv) throws Exception {
    Path file = dir.resolve("sites.csv");
    Files.writeString(file, csv);
    return new SitesFile().read(file);
  }

  @Test
  void theShippedExampleNamesItsProfiles() throws Exception {
    List<SitesFile.Site> sites = new SitesFile().read(Path.of("crawl-profiles/sites-example.csv"));
    assertThat(sites).extracting(SitesFile.Site::name).containsExactly("gxjyt", "gxmzt");
    assertThat(sites.get(0).profile()).exists();
  }

  @Test
  void readsNamesHomesAndProfilesSkippingHeaderAndComments() throws Exception {
    List<SitesFile.Site> sites = read("\uFEFFname,home,profile\n# 桂江市\njtj, http://jtj.gjs.gov.cn/ \n"
        + "\"qx\",\"http://www.qx.gov.cn/\",qx.yaml\n");
    assertThat(sites).extracting(SitesFile.Site::name).containsExactly("jtj", "qx");
    assertThat(sites.get(0).home()).isEqualTo("http://jtj.gjs.gov.cn/");
    assertThat(sites.get(0).profile()).isNull();
    assertThat(sites.get(1).profile()).isEqualTo(dir.resolve("qx.yaml"));
    assertThat(sites.get(1).line()).isEqualTo(4);
  }

  @Test
  void namesMustBePlainFolderNames() {
    assertThatThrownBy(() -> read("../etc,http://a.gov.cn/\n")).isInstanceOf(ProfileException.class)
        .hasMessageContaining(":1:").hasMessageContaining("plain folder name");
  }

  @Test
  void aSiteNeedsAHomeOrAProfile() {
    assertThatThrownBy(() -> read("a,,\n")).isInstanceOf(ProfileException.class).hasMessageContaining("home URL or a profile");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThatThrownBy(() -> read("name,home\n# nothing yet\n")).isInstanceOf(ProfileException.class)
        .hasMessageContaining("no sites");
  }
}
