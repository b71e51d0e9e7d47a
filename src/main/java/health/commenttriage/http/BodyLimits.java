package health.commenttriage.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest body each kind of endpoint takes, checked from Content-Length before the body is read:
 * a batch of messages to classify, any other API call, a page's form. Webhooks check their own limit
 * (TRIAGE_WEBHOOK_MAX_BYTES); a chunked body of any kind stops at quarkus.http.limits.max-body-size.
 */
@ApplicationScoped
class BodyLimits {

    private final long batchBytes;
    private final long apiBytes;
    private final long pageBytes;

    BodyLimits(@ConfigProperty(name = "triage.http.max-batch-bytes") long batchBytes,
            @ConfigProperty(name = "triage.http.max-api-bytes") long apiBytes,
            @ConfigProperty(name = "triage.http.max-page-bytes") long pageBytes) {
        this.batchBytes = batchBytes;
        this.apiBytes = apiBytes;
        this.pageBytes = pageBytes;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 990);
    }

    /** The limit for a path; -1 for the webhooks, which enforce theirs with their own answer. */
    long limitFor(String path) {
        if (path.startsWith("/webhooks/")) {
            return -1;
        }
        if (path.equals("/api/v1/classify/batch")) {
            return batchBytes;
        }
        return path.startsWith("/api/") ? apiBytes : pageBytes;
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long limit = limitFor(context.normalizedPath());
        if (length != null && limit >= 0 && parse(length) > limit) {
            context.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                    .putHeader("Connection", "close")
                    .end(new JsonObject().put("title", "Request Entity Too Large").put("status", 413)
                            .put("detail", "the body is larger than " + limit + " bytes")
                            .put("requestId", RequestIds.current()).encode());
            return;
        }
        context.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a length nobody can check is refused like an oversized one
        }
    }
}
