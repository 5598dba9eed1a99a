package org.mizan.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mizan.doc.Json;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipelines;
import org.mizan.server.MizanServer;
import org.mizan.store.ArchiveIngest;
import org.mizan.store.MizanStore;
import org.mizan.store.StoreException;
import org.mizan.stories.Story;
import org.mizan.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mizan bench server}: cold start of the server over an archive, then a bounded load test on
 * loopback: N concurrent clients for S seconds doing story lists, story pages and searches (and,
 * with {@code --ingest}, an ingest running into the same archive meanwhile). Reports p50/p95/p99
 * per request kind and every error.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Server cold start and API latency under concurrent loopback clients (bounded run).")
public final class BenchServerCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", required = true, description = "Archive to serve (e.g. from 'mizan bench store').")
  Path data;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 50;

  @Option(names = "--seconds", paramLabel = "S", description = "Length of the load phase (default: ${DEFAULT-VALUE}).")
  int seconds = 30;

  @Option(names = "--ingest", paramLabel = "PATH",
      description = "Ingest this input into the archive while the load runs (the archive is then opened for writing).")
  Path ingest;

  private static final String[] KINDS = {"stories", "story", "search"};

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 600) {
      System.err.println("mizan: --clients must be 1..1000 and --seconds 1..600");
      return Mizan.USAGE;
    }
    if (ingest != null && !Files.exists(ingest)) {
      System.err.println("mizan: " + ingest + ": no such file or directory");
      return Mizan.NOTHING_PROCESSED;
    }
    long t0 = System.nanoTime();
    MizanStore store;
    try {
      store = ingest != null ? MizanStore.openForWriting(data) : MizanStore.openReadOnly(data, 1000);
    } catch (StoreException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    try (MizanServer server = MizanServer.start(store, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
          HttpResponse.BodyHandlers.ofString());
      double coldMs = (System.nanoTime() - t0) / 1e6;
      MizanStore.Stats st = store.stats();
      System.out.printf("archive           %s: %d articles, %d stories, %.1f MB%n", data, st.documents(), st.stories(), st.indexBytes() / 1e6);
      System.out.printf("cold start        %.0f ms (open archive + start server + first response %d)%n", coldMs, first.statusCode());

      List<String> storyIds = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Story s : store.stories(StoryQuery.ALL, 0, 500).items()) {
        storyIds.add(s.id());
        for (String w : s.label().split("[\\s\\p{Punct}،؛]+")) if (w.length() >= 4 && words.size() < 2000) words.add(w);
      }
      if (storyIds.isEmpty() || words.isEmpty()) {
        System.err.println("mizan: " + data + " has no stories to load-test");
        return Mizan.NOTHING_PROCESSED;
      }

      serviceCpu(store, storyIds, words);

      AtomicBoolean running = new AtomicBoolean(true);
      Thread ingester = ingest == null ? null : startIngest(store, running);
      Map<String, long[]> lat = new ConcurrentHashMap<>();
      Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
      List<List<long[]>> perThread = new ArrayList<>();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        List<long[]> mine = new ArrayList<>();
        perThread.add(mine);
        Random r = new Random(c);
        Thread t = new Thread(() -> {
          while (System.nanoTime() < end) {
            int k = r.nextInt(KINDS.length);
            String path = switch (k) {
              case 0 -> "/api/stories?limit=20&offset=" + r.nextInt(5) * 20;
              case 1 -> "/api/stories/" + storyIds.get(r.nextInt(storyIds.size()));
              default -> "/api/search?q=" + URLEncoder.encode(words.get(r.nextInt(words.size())), StandardCharsets.UTF_8);
            };
            long s = System.nanoTime();
            try {
              HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
              if (resp.statusCode() != 200) errors.computeIfAbsent(KINDS[k] + " HTTP " + resp.statusCode(), x -> new AtomicLong()).incrementAndGet();
            } catch (Exception e) {
              errors.computeIfAbsent(KINDS[k] + " " + e.getClass().getSimpleName(), x -> new AtomicLong()).incrementAndGet();
            }
            mine.add(new long[] {k, System.nanoTime() - s});
          }
        }, "bench-client-" + c);
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) t.join();
      running.set(false);
      if (ingester != null) ingester.join();
      long after = store.stats().documents();

      List<List<Long>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (List<long[]> mine : perThread) for (long[] x : mine) byKind.get((int) x[0]).add(x[1]);
      long total = 0;
      System.out.printf("load              %d clients, %d s, loopback%n", clients, seconds);
      System.out.printf("%-10s %9s %8s %8s %8s %8s %8s%n", "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
      for (int k = 0; k < KINDS.length; k++) {
        long[] v = byKind.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
        total += v.length;
        System.out.printf("%-10s %9d %8.1f %8.1f %8.1f %8.1f %8.1f%n", KINDS[k], v.length, v.length / (double) seconds,
            pct(v, 50), pct(v, 95), pct(v, 99), v.length == 0 ? 0 : v[v.length - 1] / 1e6);
      }
      long[] all = byKind.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("%-10s %9d %8.1f %8.1f %8.1f %8.1f %8.1f%n", "all", total, total / (double) seconds,
          pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
      long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
      System.out.println("errors            " + errorCount + (errors.isEmpty() ? "" : " " + new TreeMap<>(errors)));
      if (ingest != null) System.out.println("ingest meanwhile  " + (after - st.documents()) + " articles committed during the load");
      return errorCount == 0 ? Mizan.OK : Mizan.FAILURE;
    } finally {
      store.close();
    }
  }

  /**
   * CPU time per request of the store work behind each endpoint (one thread, in-process, after a
   * warm-up): what a request costs, whatever the load on the machine.
   */
  private static void serviceCpu(MizanStore store, List<String> storyIds, List<String> words) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int n = Math.min(100, storyIds.size());
    double[] ms = new double[4];
    for (int round = 0; round < 2; round++) { // the first round warms up and fills the story cache
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) Json.line(store.stories(StoryQuery.ALL, (i % 5) * 20, 20));
      long c1 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) Json.line(store.search(words.get(i % words.size()), 0, 20));
      long c2 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) Json.line(store.storyDetail(storyIds.get(i)).orElseThrow());
      long c3 = threads.getCurrentThreadCpuTime();
      if (round == 0) ms[3] = (c3 - c2) / 1e6 / n;
      ms[0] = (c1 - c0) / 1e6 / n;
      ms[1] = (c2 - c1) / 1e6 / n;
      ms[2] = (c3 - c2) / 1e6 / n;
    }
    System.out.printf("service CPU       per request, one thread: story list %.1f ms, search %.1f ms, story page %.1f ms"
        + " (%.1f ms uncached)%n", ms[0], ms[1], ms[2], ms[3]);
  }

  private Thread startIngest(MizanStore store, AtomicBoolean running) {
    Thread t = new Thread(() -> {
      ArchiveIngest in = new ArchiveIngest(store, Pipelines.standard(), 50, r -> {}, p -> {});
      try {
        new Ingestor().read(List.of(ingest.toString()), raw -> {
          if (running.get()) in.accept(raw);
        }, p -> {});
        in.flush();
      } catch (StoreException e) {
        System.err.println("mizan: ingest during load failed: " + e.getMessage());
      }
    }, "bench-ingest");
    t.setDaemon(true);
    t.start();
    return t;
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

}
