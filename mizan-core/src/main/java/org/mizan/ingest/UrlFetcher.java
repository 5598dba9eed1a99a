package org.mizan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.Security;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Fetches the pages a user names ({@code http}/{@code https} only) with the JDK HTTP client. Hostile
 * URLs are contained: connect and response timeouts, a size cap enforced while streaming, at most
 * {@value #MAX_REDIRECTS} redirects each checked again, and hosts resolving to loopback, private,
 * link-local or multicast addresses refused unless allowed (a newsroom server must not become a probe
 * of its own network). Every failure is a {@link FetchException} whose message is one line for the user.
 */
public final class UrlFetcher {
  static final int MAX_REDIRECTS = 5;
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");
  private static final String USER_AGENT = "Mizan/" + version();

  /** Limits and permissions; {@code parallelism} pages are fetched at once. */
  public record Options(Duration connectTimeout, Duration readTimeout, boolean allowPrivate, int maxBytes,
      int parallelism) {
    public static final Options DEFAULT =
        new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), false, Ingestor.Limits.DEFAULT.maxArticleBytes(), 4);

    public Options withAllowPrivate(boolean allow) {
      return new Options(connectTimeout, readTimeout, allow, maxBytes, parallelism);
    }

    public Options withTimeouts(Duration connect, Duration read) {
      return new Options(connect, read, allowPrivate, maxBytes, parallelism);
    }
  }

  /** A fetched page: the URL as given, where it ended after redirects, its type, charset and bytes. */
  public record Page(String url, String finalUrl, String contentType, String charset, byte[] body) {}

  /** A fetch that failed; the message names the reason on one line (the caller names the URL). */
  public static final class FetchException extends Exception {
    public FetchException(String message) {
      super(message, null, false, false);
    }
  }

  /** One outcome of {@link #fetchAll}: a page or a failure reason. */
  public record Result(String url, Page page, String failure) {}

  static {
    // The host is checked here, then resolved again by the HTTP client. The JDK caches positive lookups
    // (30 s by default), so the client connects to the addresses that were checked, not to a second DNS
    // answer (DNS rebinding). Caching must be on for that: it is turned on if the JVM runs with it off.
    String ttl = Security.getProperty("networkaddress.cache.ttl");
    if (ttl == null || ttl.strip().equals("0")) Security.setProperty("networkaddress.cache.ttl", "60");
  }

  private final Options options;
  private final HttpClient client;

  public UrlFetcher(Options options) {
    this.options = options;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(options.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public Options options() {
    return options;
  }

  /** True for an argument meant as a URL (any scheme, so {@code file:} and {@code ftp:} get a clear refusal). */
  public static boolean looksLikeUrl(String s) {
    return s.matches("(?i)[a-z][a-z0-9+.-]*://.*") || s.matches("(?i)(javascript|data|mailto|file):\\S*");
  }

  /**
   * Fetches the URLs, {@code parallelism} at a time, and returns their outcomes in the given order (so a
   * run's output does not depend on network timing). {@code done} is called as each one finishes.
   */
  public List<Result> fetchAll(List<String> urls, Runnable done) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallelism(), urls.size())), r -> {
      Thread t = new Thread(r, "mizan-fetch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Page>> futures = new ArrayList<>();
      for (String u : urls) {
        futures.add(pool.submit(() -> {
          try {
            return fetch(u);
          } finally {
            done.run();
          }
        }));
      }
      // a server that sends headers and then stalls is not covered by the request timeout: bound it here
      long budget = options.connectTimeout().plus(options.readTimeout()).toMillis() * 2;
      List<Result> out = new ArrayList<>();
      for (int i = 0; i < urls.size(); i++) {
        Future<Page> f = futures.get(i);
        try {
          out.add(new Result(urls.get(i), f.get(budget, java.util.concurrent.TimeUnit.MILLISECONDS), null));
        } catch (TimeoutException e) {
          f.cancel(true);
          out.add(new Result(urls.get(i), null, "timed out: no complete response within " + seconds(budget) + " s"));
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          out.add(new Result(urls.get(i), null, c instanceof FetchException ? c.getMessage() : "cannot fetch: " + Ingestor.reason(c)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          out.add(new Result(urls.get(i), null, "interrupted"));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Fetches one URL, following redirects; throws with a one-line reason. */
  public Page fetch(String url) throws FetchException {
    URI uri = check(url);
    for (int hop = 0; ; hop++) {
      HttpRequest req = HttpRequest.newBuilder(uri).timeout(options.readTimeout()).GET()
          .header("User-Agent", USER_AGENT)
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
              + "application/json,text/plain;q=0.9,*/*;q=0.5")
          .header("Accept-Language", "ar,en;q=0.5").build();
      HttpResponse<InputStream> resp = send(req);
      int status = resp.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String loc = resp.headers().firstValue("Location").orElse(null);
        close(resp.body());
        if (loc == null) throw new FetchException("HTTP " + status + " redirect without a Location");
        if (hop >= MAX_REDIRECTS) throw new FetchException("too many redirects (more than " + MAX_REDIRECTS + ")");
        String next;
        try {
          next = uri.resolve(new URI(loc.trim())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new FetchException("redirect to a malformed URL: " + Ingestor.reason(e));
        }
        try {
          uri = check(next);
        } catch (FetchException e) {
          throw new FetchException("redirect to " + next + " refused: " + e.getMessage());
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        close(resp.body());
        throw new FetchException("HTTP " + status + (status == 404 ? " (not found)" : status >= 500 ? " (server error)" : ""));
      }
      String type = resp.headers().firstValue("Content-Type").orElse("");
      long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > options.maxBytes()) {
        close(resp.body());
        throw tooLarge();
      }
      byte[] body = read(resp.body());
      Matcher m = CHARSET.matcher(type);
      return new Page(url, uri.toString(), type.toLowerCase(Locale.ROOT).split(";")[0].trim(),
          m.find() ? m.group(1) : null, body);
    }
  }

  /** Parses and vets one URL: scheme, host and, unless allowed, every address it resolves to. */
  URI check(String url) throws FetchException {
    if (!url.strip().matches("(?i)[a-z][a-z0-9+.-]*:.*")) throw new FetchException("not a URL (no http:// or https://)");
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new FetchException("malformed URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(scheme.isEmpty() ? "malformed URL: no scheme"
          : "unsupported URL scheme '" + scheme + ":': only http and https pages are fetched");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) throw new FetchException("malformed URL: no host name");
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("cannot resolve host '" + host + "' (DNS lookup failed)");
    }
    if (!options.allowPrivate()) {
      for (InetAddress a : addresses) {
        if (isPrivate(a)) {
          throw new FetchException("refused: host '" + host + "' is a private or local address (" + a.getHostAddress()
              + "); pass --allow-private-urls to fetch it");
        }
      }
    }
    return uri;
  }

  /** Loopback, private (RFC 1918, unique-local IPv6, carrier NAT), link-local, multicast or unspecified. */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
        || a.isAnyLocalAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) return (b[0] & 0xFE) == 0xFC;
    int first = b[0] & 0xFF;
    return first == 0 || (first == 100 && (b[1] & 0xC0) == 64) || first >= 240;
  }

  private HttpResponse<InputStream> send(HttpRequest req) throws FetchException {
    try {
      return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException("timed out: could not connect within " + seconds(options.connectTimeout().toMillis()) + " s");
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out: no response within " + seconds(options.readTimeout().toMillis()) + " s");
    } catch (ConnectException e) {
      throw new FetchException("connection refused or unreachable");
    } catch (SSLException e) {
      throw new FetchException("TLS error: " + Ingestor.reason(e));
    } catch (IOException e) {
      throw new FetchException("cannot fetch: " + Ingestor.reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    } catch (IllegalArgumentException e) {
      throw new FetchException("malformed URL: " + Ingestor.reason(e));
    }
  }

  /** Streams the body, stopping as soon as it passes the size cap (Content-Length may lie or be absent). */
  private byte[] read(InputStream in) throws FetchException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > options.maxBytes()) throw tooLarge();
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) throw new FetchException("timed out while reading the page");
      throw new FetchException("connection lost while reading: " + Ingestor.reason(e));
    }
  }

  private FetchException tooLarge() {
    int max = options.maxBytes();
    return new FetchException("too large (more than " + (max >= 1 << 20 ? (max >> 20) + " MB" : max + " bytes") + "): skipped");
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the response is abandoned either way
    }
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
  }

  private static String version() {
    String v = UrlFetcher.class.getPackage().getImplementationVersion();
    return v == null ? "0.1" : v;
  }
}
