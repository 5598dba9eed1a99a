package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mizan.testing.Fixtures;

class EncodingDetectorTest {
  private static String seed() throws Exception {
    return Files.readString(Fixtures.seed("001"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    String s = seed();
    byte[] plain = s.getBytes(StandardCharsets.UTF_8);
    assertThat(EncodingDetector.decode(plain, null).text()).isEqualTo(s);
    EncodingDetector.Decoded bom = EncodingDetector.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), null);
    assertThat(bom.text()).isEqualTo(s);
    assertThat(bom.evidence()).contains("byte-order mark");
  }

  @Test
  void utf16WithBomAndByPattern() throws Exception {
    String s = seed();
    assertThat(EncodingDetector.decode(s.getBytes(StandardCharsets.UTF_16), null).text()).isEqualTo(s); // BE + BOM
    EncodingDetector.Decoded le = EncodingDetector.decode(s.getBytes(StandardCharsets.UTF_16LE), null);
    assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(le.text()).isEqualTo(s);
    assertThat(EncodingDetector.decode(s.getBytes(StandardCharsets.UTF_16BE), null).text()).isEqualTo(s);
  }

  @Test
  void windows1256AndIso88596AreToldApartWithoutAnyHint() throws Exception {
    for (String id : new String[] {"000", "001", "002", "003", "004"}) {
      String s = Files.readString(Fixtures.seed(id));
      for (Charset cs : new Charset[] {EncodingDetector.CP1256, EncodingDetector.ISO_8859_6}) {
        byte[] bytes = s.getBytes(cs); // characters the code page lacks become '?'
        EncodingDetector.Decoded d = EncodingDetector.decode(bytes, null);
        assertThat(d.charset()).as(id + " in " + cs).isEqualTo(cs);
        assertThat(d.text()).isEqualTo(new String(bytes, cs));
        assertThat(d.text()).contains("في");
      }
    }
  }

  @Test
  void shortLegacyTextFollowsTheDeclaredCharset() {
    String s = "قال الوزير";
    byte[] iso = s.getBytes(EncodingDetector.ISO_8859_6);
    assertThat(EncodingDetector.decode(iso, "iso-8859-6").text()).isEqualTo(s);
    byte[] cp = s.getBytes(EncodingDetector.CP1256);
    assertThat(EncodingDetector.decode(cp, "windows-1256").text()).isEqualTo(s);
  }

  @Test
  void aDeclaredLegacyCharsetDoesNotOverruleValidUtf8() {
    String s = "أعلن الكرملين مساء الثلاثاء";
    assertThat(EncodingDetector.decode(s.getBytes(StandardCharsets.UTF_8), "windows-1256").text()).isEqualTo(s);
  }

  @Test
  void utf8CutInsideTheLastCharacterIsFlaggedAndKeepsTheRest() {
    byte[] full = "الكرملين".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
    EncodingDetector.Decoded d = EncodingDetector.decode(cut, null);
    assertThat(d.truncated()).isTrue();
    assertThat(d.text()).isEqualTo("الكرملي");
  }
}
