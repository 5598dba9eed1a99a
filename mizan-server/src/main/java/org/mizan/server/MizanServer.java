package org.mizan.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mizan.doc.Json;
import org.mizan.store.MizanStore;
import org.mizan.store.Page;
import org.mizan.store.StoreException;


/**
 * The archive's HTTP face: a read-only JSON API over a {@link MizanStore} (documented in
 * {@code /openapi.json}) and the Arabic web UI, both from one Javalin server. Every error is JSON
 * {@code {status, message}}; only GET and HEAD are served; request bodies, unknown parameters and
 * oversized values are refused.
 */
public final class MizanServer implements AutoCloseable {
  /** Largest request (headers aside) accepted: the API takes no bodies. */
  static final long MAX_BODY = 1024;
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;

  private MizanServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code store} on {@code host:port} (port 0: any free port). */
  public static MizanServer start(MizanStore store, String host, int port) {
    Assets assets = new Assets();
    byte[] openapi = resource("/org/mizan/server/openapi.json");
    Api api = new Api(store);
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.startupWatcherEnabled = false;
      cfg.http.maxRequestSize = MAX_BODY;
      cfg.http.prefer405over404 = true;
      cfg.router.ignoreTrailingSlashes = true;
      QueuedThreadPool pool = new QueuedThreadPool(256, 8);
      pool.setName("mizan-http");
      cfg.jetty.threadPool = pool;
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Content-Security-Policy", CSP);
      if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
        throw new ApiError(405, "method " + ctx.method() + " not allowed: the API is read-only");
      }
      String length = ctx.header("Content-Length");
      if ((length != null && !length.equals("0")) || ctx.header("Transfer-Encoding") != null) {
        throw new ApiError(413, "request bodies are not accepted");
      }
    });

    app.get("/api/stats", ctx -> json(ctx, api.stats(Params.of(ctx, false))));
    app.get("/api/stories", ctx -> json(ctx, api.stories(Params.of(ctx, true, "from", "to", "entity", "outlet", "q"))));
    app.get("/api/stories/{id}", ctx -> json(ctx, api.story(Params.of(ctx, false), ctx.pathParam("id"))));
    app.get("/api/documents", ctx -> json(ctx, api.documents(Params.of(ctx, true, "story", "outlet", "entity"))));
    app.get("/api/documents/{id}", ctx -> json(ctx, api.document(Params.of(ctx, false), ctx.pathParam("id"))));
    app.get("/api/entities", ctx -> json(ctx, api.entities(Params.of(ctx, true, "type", "q"))));
    app.get("/api/entities/{id}", ctx -> json(ctx, api.entity(Params.of(ctx, false), ctx.pathParam("id"))));
    app.get("/api/quotes", ctx -> json(ctx, api.quotes(Params.of(ctx, true, "speaker", "story"))));
    app.get("/api/search", ctx -> json(ctx, api.search(Params.of(ctx, true, "q"))));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    app.get("/", ctx -> asset(ctx, assets.get("index.html")));
    for (String name : assets.names()) app.get("/" + name, ctx -> asset(ctx, assets.get(name)));

    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 503, "the archive is not available"));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      // one line for the operator; the client learns nothing of the internals
      System.err.println("mizan: internal error on " + ctx.method() + " " + ctx.path() + ": " + rootMessage(e));
      error(ctx, 500, "internal error");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || !ctx.res().getContentType().startsWith("application/json")) error(ctx, 404, "not found");
    });
    app.error(405, ctx -> {
      if (ctx.result() == null || !ctx.res().getContentType().startsWith("application/json")) error(ctx, 405, "method not allowed");
    });
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    return new MizanServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(Json.line(value));
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.line(body));
  }

  private static void asset(Context ctx, Assets.Asset a) {
    ctx.contentType(a.contentType()).header("Cache-Control", "no-cache").result(a.bytes());
  }

  private static byte[] resource(String path) {
    try (InputStream in = MizanServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("resource missing from the build: " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) e = e.getCause();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static <T> Map<String, Object> page(Page<T> p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", p.items());
    m.put("total", p.total());
    m.put("offset", p.offset());
    m.put("limit", p.limit());
    return m;
  }

}
