package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mizan.server.MizanServer;
import org.mizan.store.MizanStore;
import org.mizan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan serve}: the JSON API and the Arabic web UI over an archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the archive under --data: a JSON API (see /openapi.json) and the web UI.",
        "The archive is opened read-only; articles ingested meanwhile by 'mizan ingest' appear within a second."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:invalid command line", "3:the archive could not be opened or the port not bound"})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("data");

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      System.err.println("mizan: --port must be between 0 and 65535");
      return Mizan.USAGE;
    }
    MizanStore store;
    try {
      store = MizanStore.openReadOnly(data, 1000);
    } catch (StoreException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
    MizanServer server;
    try {
      server = MizanServer.start(store, host, port);
    } catch (IllegalStateException e) {
      store.close();
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "mizan-serve-stop"));
    MizanStore.Stats st = store.stats();
    System.out.println("mizan: serving " + data + " (" + st.documents() + " articles, " + st.stories() + " stories) at http://"
        + host + ":" + server.port() + "/");
    System.out.flush();
    stopped.await();
    return Mizan.OK;
  }
}
