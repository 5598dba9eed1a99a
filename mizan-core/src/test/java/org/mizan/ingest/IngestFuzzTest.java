package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Problem;

/**
 * Issue 10 item 1: hostile inputs through ingestion and the whole standard pipeline. No exception may
 * escape, every problem is one line, every document serialises, and the pipeline's own time limit
 * keeps any single input from hanging the run.
 */
class IngestFuzzTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  private static final String ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى";
  /** Characters that break naive code: bidi controls, joiners, combining marks, surrogates, BOMs. */
  private static final char[] NASTY = {'\u202E', '\u202D', '\u2066', '\u2069', '\u200F', '\u200E', '\u200D',
      '\u200C', '\u0651', '\u064B', '\u0670', '\u0640', '\u0301', '\uFEFF', '\uFFFD', '\uD800', '\uDFFF',
      '\u0000', '\u2028', '\u00A0', '\u061F', '\u060C', '\u06F3', '\u0663', '"', '\\', '<', '>', '&', '\n'};

  @Property(tries = 10_000, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
  void nothingEscapesIngestionAndThePipeline(@ForAll("hostileInputs") byte[] input) {
    List<RawArticle> raws = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Ingestor().readBytes("fuzz", input, raws::add, problems::add);
    List<Document> docs = PIPELINE.analyseAll(raws, 1, problems::add, () -> {});
    for (Document d : docs) assertThat(Json.line(d)).doesNotContain("\n");
    for (Problem p : problems) assertThat(p.toString()).doesNotContain("\n", "\r").doesNotContain("\tat ");
    assertThat(raws.size() + problems.size()).isPositive(); // every input is either read or reported
  }

  @Provide
  Arbitrary<byte[]> hostileInputs() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)),
        net.jqwik.api.Tuple.of(5, nastyText().map(s -> s.getBytes(StandardCharsets.UTF_8))),
        net.jqwik.api.Tuple.of(2, nastyText().map(s -> s.getBytes(StandardCharsets.UTF_16LE))),
        net.jqwik.api.Tuple.of(2, nastyText().map(s -> s.getBytes(EncodingDetector.CP1256))),
        net.jqwik.api.Tuple.of(3, nestedHtml()),
        net.jqwik.api.Tuple.of(2, giganticAttribute()),
        net.jqwik.api.Tuple.of(4, wrongJson()),
        net.jqwik.api.Tuple.of(1, hugeLine()),
        net.jqwik.api.Tuple.of(1, zipOf()),
        net.jqwik.api.Tuple.of(1, feed()));
  }

  /** Arabic words mixed with nasty characters, digits and punctuation. */
  static Arbitrary<String> nastyText() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.of(ARABIC.toCharArray().length > 0 ? toList(ARABIC) : List.of('ا'))),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(' ', ' ', '.', '،', ':', '-')),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(toList(new String(NASTY)))),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\uFFFF')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().numeric()));
    return chars.list().ofMaxSize(1200).map(l -> {
      StringBuilder sb = new StringBuilder(l.size());
      l.forEach(sb::append);
      return sb.toString();
    });
  }

  static Arbitrary<byte[]> nestedHtml() {
    return Combinators.combine(Arbitraries.integers().between(1, 1500), Arbitraries.of("div", "p", "span", "table", "a", "b"),
        nastyText()).as((depth, tag, text) -> {
          String html = "<html><body>" + ("<" + tag + " class=\"x\">").repeat(depth) + text
              + ("</" + tag + ">").repeat(depth / 2) + "<p>" + text + "</p>";
          return html.getBytes(StandardCharsets.UTF_8);
        });
  }

  static Arbitrary<byte[]> giganticAttribute() {
    return Combinators.combine(Arbitraries.integers().between(1_000, 100_000), nastyText()).as((n, text) ->
        ("<!doctype html><html><head><meta property=\"og:title\" content=\"" + "ع".repeat(n) + "\"></head><body>"
            + "<div class=\"" + "a ".repeat(n / 4) + "\" data-x='" + text + "'><p>" + text + "</p></div></body></html>")
            .getBytes(StandardCharsets.UTF_8));
  }

  static Arbitrary<byte[]> wrongJson() {
    Arbitrary<String> value = Arbitraries.oneOf(
        nastyText().map(s -> Json.line(s)),
        Arbitraries.of("null", "true", "1e999", "-0", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "\"\\ud800\"",
            "\"\\u202e\\u0000\"", "{\"name\": {\"name\": 3}}", "[\"x\", {\"a\": null}]"));
    Arbitrary<String> key = Arbitraries.of("id", "title", "text", "content", "html", "url", "published", "author",
        "source", "date", "body", "headline");
    Arbitrary<String> object = Combinators.combine(key.list().ofMaxSize(8), value.list().ofSize(8)).as((ks, vs) -> {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < ks.size(); i++) sb.append(i > 0 ? "," : "").append('"').append(ks.get(i)).append("\":").append(vs.get(i));
      return sb.append('}').toString();
    });
    return Arbitraries.oneOf(
        object.list().ofMaxSize(5).map(l -> String.join("\n", l)),
        object.list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]"),
        object.list().ofMaxSize(5).map(l -> "[" + String.join(",", l)), // truncated array
        Arbitraries.of("{", "[", "{\"id\": 1, \"text\": ", "[{\"text\": 5}, 7, \"x\", null]", "{\"text\": \"\\uD83D\"}"))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  static Arbitrary<byte[]> hugeLine() {
    return Combinators.combine(Arbitraries.integers().between(5_000, 30_000), Arbitraries.of("ا", "و ", "،", "x", "\u0651"))
        .as((n, s) -> s.repeat(n / s.length()).getBytes(StandardCharsets.UTF_8));
  }

  static Arbitrary<byte[]> zipOf() {
    return Arbitraries.oneOf(nastyText().map(s -> s.getBytes(StandardCharsets.UTF_8)), wrongJson(), nestedHtml())
        .list().ofMaxSize(3).map(entries -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.size(); i++) {
              z.putNextEntry(new ZipEntry("e" + i));
              z.write(entries.get(i));
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          byte[] b = out.toByteArray();
          return entries.size() == 2 ? java.util.Arrays.copyOf(b, b.length / 2) : b; // sometimes cut short
        });
  }

  static Arbitrary<byte[]> feed() {
    return nastyText().map(t -> ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + t.replace("<", "")
        + "</title><item><title>ع</title><description><![CDATA[" + t + "]]></description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8));
  }

  private static List<Character> toList(String s) {
    List<Character> l = new ArrayList<>();
    for (char c : s.toCharArray()) l.add(c);
    return l;
  }
}
