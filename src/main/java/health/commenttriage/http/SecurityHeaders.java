package health.commenttriage.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers that keep a browser from being turned against the staff: no inline or foreign scripts, no
 * framing, no content sniffing, no referrer (a URL may carry an item id), and HSTS in prod. Swagger
 * UI, a tool for developers, needs its inline script and gets a looser policy of its own.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private final boolean strictTransport;

    SecurityHeaders(@ConfigProperty(name = "triage.http.strict-transport-security") boolean strictTransport) {
        this.strictTransport = strictTransport;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> add(context.response().headers(), path));
            context.next();
        }, 950);
    }

    private void add(MultiMap headers, String path) {
        headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_POLICY : POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (strictTransport) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
