package org.mizan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assumptions;
import org.mizan.doc.Json;

/** Test fixtures shared by every module: the seed articles, their gold, and the shared data sets. */
public final class Fixtures {
  private Fixtures() {}

  /** The repository root, found from the module directory Maven runs tests in. */
  public static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("examples/seeds"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("cannot find the repository root (examples/seeds)");
    return p;
  }

  public static Path seedsDir() {
    return repoRoot().resolve("examples/seeds");
  }

  /** Seed files in name order (000 … 004). */
  public static List<Path> seedFiles() {
    try (var s = Files.list(seedsDir())) {
      return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed file whose name starts with the gold id ({@code "000"}). */
  public static Path seed(String goldId) {
    return seedFiles().stream().filter(f -> f.getFileName().toString().startsWith(goldId + "_")).findFirst()
        .orElseThrow();
  }

  /** The seed gold ({@code seeds.gold.json}, copied from ../shared/gold). */
  public static JsonNode seedGold() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/gold/seeds.gold.json")) {
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ../shared/data/<name>} beside the repository, if present. */
  public static Optional<Path> sharedData(String name) {
    Path p = repoRoot().getParent().resolve("shared/data").resolve(name);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  /** Like {@link #sharedData} but skips the calling test, with a clear message, when absent. */
  public static Path requireSharedData(String name) {
    Optional<Path> p = sharedData(name);
    Assumptions.assumeThat(p).as("../shared/data/" + name + " is absent: test skipped").isPresent();
    return p.get();
  }

  public static List<String> lines(Path p) {
    try {
      return new ArrayList<>(Files.readAllLines(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
