package org.mizan.cli;

import java.time.Duration;
import org.mizan.ingest.UrlFetcher;
import picocli.CommandLine.Option;

/** Options for URL inputs (pages fetched from the web), shared by the commands that read inputs. */
public final class UrlOptions {

  @Option(names = "--allow-private-urls",
      description = "Also fetch URLs whose host is a loopback, private or link-local address (refused by default).")
  boolean allowPrivate;

  @Option(names = "--url-connect-timeout", paramLabel = "SECONDS",
      description = "Seconds to wait for a web server to accept the connection (default: ${DEFAULT-VALUE}).")
  double connectTimeout = 10;

  @Option(names = "--url-timeout", paramLabel = "SECONDS",
      description = "Seconds to wait for a web server's response (default: ${DEFAULT-VALUE}).")
  double readTimeout = 30;

  /** The fetcher options, or null (with a message printed) when a timeout is not positive. */
  UrlFetcher.Options options() {
    if (!(connectTimeout > 0) || !(readTimeout > 0)) {
      System.err.println("mizan: --url-connect-timeout and --url-timeout must be positive");
      return null;
    }
    return UrlFetcher.Options.DEFAULT.withAllowPrivate(allowPrivate)
        .withTimeouts(Duration.ofMillis((long) (connectTimeout * 1000)), Duration.ofMillis((long) (readTimeout * 1000)));
  }
}
