package health.commenttriage.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A login refused because of too many failures is answered 429 with Retry-After, both on the API (HTTP
 * Basic) and on the login form, instead of the usual 401 or redirect.
 */
@ApplicationScoped
class LockedOutAnswer {

    void install(@Observes Router router) {
        router.route().failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException failed
                    && failed.getAttribute(LoginThrottle.RETRY_AFTER) != null && !context.response().ended()) {
                long seconds = failed.getAttribute(LoginThrottle.RETRY_AFTER);
                context.response().headers().remove("Location").remove("WWW-Authenticate");
                context.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds))
                        .putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("title", "Too Many Requests").put("status", 429)
                                .put("detail", "too many failed logins; try again in " + (seconds + 59) / 60
                                        + " minutes")
                                .encode());
            } else {
                context.next();
            }
        });
    }
}
