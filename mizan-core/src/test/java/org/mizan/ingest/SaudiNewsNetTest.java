package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.RawArticle;

class SaudiNewsNetTest {
  @TempDir Path dir;

  private Path day(String name, String json) throws IOException {
    Path zip = dir.resolve(name + ".zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name + ".json"));
      z.write(json.getBytes(StandardCharsets.UTF_8));
    }
    return zip;
  }

  private static String article(String url, String date, String content) {
    return "{\"source\":\"okaz\",\"url\":\"" + url + "\",\"date_extracted\":\"" + date + "\",\"title\":\"عنوان\","
        + "\"author\":null,\"content\":\"" + content + "\",\"extra\":{\"nested\":[1,2]}}";
  }

  @Test
  void streamsEveryDayInDateOrderAndCanSortByExtractionTime() throws IOException {
    day("2015-07-22", "[" + article("u3", "2015-07-22 09:00:00", "ج") + "," + article("u2", "2015-07-21 23:00:00", "ب")
        + "]");
    day("2015-07-21", "[" + article("u1", "2015-07-21 10:00:00", "أ\\n\\n  سطر ثان  ") + "]");
    Files.writeString(dir.resolve("notes.txt"), "not a day");
    assertThat(SaudiNewsNet.dayNames(dir)).containsExactly("2015-07-21", "2015-07-22");
    List<String> order = new ArrayList<>();
    SaudiNewsNet.forEach(dir, a -> order.add(a.url()));
    assertThat(order).containsExactly("u1", "u3", "u2");
    assertThat(SaudiNewsNet.all(dir, true)).extracting(SaudiNewsNet.Article::url).containsExactly("u1", "u2", "u3");
    SaudiNewsNet.Article first = SaudiNewsNet.all(dir, false).get(0);
    assertThat(first.source()).isEqualTo("okaz");
    assertThat(first.author()).isNull();
    assertThat(first.contentLines()).containsExactly("أ", "سطر ثان");
    assertThat(SaudiNewsNet.select(dir, List.of("2015-07-22"), a -> a.url().equals("u2")))
        .extracting(SaudiNewsNet.Article::url).containsExactly("u2");
  }

  @Test
  void articlesBecomeRawInputsWithTheirFieldsAsHints() throws IOException {
    day("2015-07-21", "[" + article("http://x/1", "2015-07-21 10:00:00", "فقرة أولى\\nفقرة ثانية") + "]");
    SaudiNewsNet.Article a = SaudiNewsNet.all(dir, false).get(0);
    RawArticle raw = SaudiNewsNet.raw(a);
    assertThat(raw.id()).isEqualTo(Ids.contentId("http://x/1"));
    assertThat(raw.lines()).containsExactly("فقرة أولى", "فقرة ثانية");
    assertThat(raw.meta(RawArticle.SOURCE)).isEqualTo("okaz");
    assertThat(raw.meta(RawArticle.PUBLISHED)).isEqualTo("2015-07-21 10:00:00");
    assertThat(raw.meta(RawArticle.AUTHOR)).isNull();
    assertThat(SaudiNewsNet.asPage(a, "p").lines()).containsExactly("عنوان", "فقرة أولى", "فقرة ثانية");
    assertThat(SaudiNewsNet.asText(a, "t").lines()).containsExactly("فقرة أولى", "فقرة ثانية");
    assertThat(SaudiNewsNet.document(a, null, p -> {}).outlet()).isEqualTo("okaz");
  }

  @Test
  void characterReferencesInTheCorpusTextAreDecoded() throws IOException {
    day("2015-07-21", "[" + article("http://x/2", "2015-07-21 10:00:00", "قال &quot;المدير&quot; &#8220;نعم&#8221;") + "]");
    SaudiNewsNet.Article a = SaudiNewsNet.all(dir, false).get(0);
    assertThat(a.content()).isEqualTo("قال \"المدير\" “نعم”");
  }

  @Test
  void aMissingFolderOrDayIsNamedInTheError() throws IOException {
    Path absent = dir.resolve("nowhere");
    assertThatThrownBy(() -> SaudiNewsNet.days(absent)).isInstanceOf(IOException.class)
        .hasMessageContaining(absent.toString()).hasMessageContaining("no such directory");
    assertThatThrownBy(() -> SaudiNewsNet.days(dir)).hasMessageContaining(dir.toString())
        .hasMessageContaining("no YYYY-MM-DD.zip");
    day("2015-07-21", "[]");
    assertThatThrownBy(() -> SaudiNewsNet.readDay(dir, "2015-07-30", a -> {}))
        .hasMessageContaining("2015-07-30.zip").hasMessageContaining("missing day");
  }

  @Test
  void aCorruptDayIsNamedInTheError() throws IOException {
    Path notZip = dir.resolve("2015-07-21.zip");
    Files.writeString(notZip, "this is not a zip");
    assertThatThrownBy(() -> SaudiNewsNet.read(notZip, a -> {})).isInstanceOf(IOException.class)
        .hasMessageStartingWith(notZip.toString());
    Path badJson = day("2015-07-22", "[{\"url\": ");
    assertThatThrownBy(() -> SaudiNewsNet.read(badJson, a -> {})).hasMessageStartingWith(badJson.toString())
        .hasMessageContaining("corrupt JSON");
    Path object = day("2015-07-23", "{\"url\": \"u\"}");
    assertThatThrownBy(() -> SaudiNewsNet.read(object, a -> {})).hasMessageContaining("not a JSON array");
    byte[] whole = Files.readAllBytes(day("2015-07-24", "[" + article("u", "d", "c".repeat(5000)) + "]"));
    Path cut = dir.resolve("2015-07-25.zip");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> SaudiNewsNet.read(cut, a -> {})).isInstanceOf(IOException.class)
        .hasMessageStartingWith(cut.toString());
  }
}
