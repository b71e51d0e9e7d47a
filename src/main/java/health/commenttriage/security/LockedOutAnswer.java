package health.commenttriage.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A login refused because of too many failures is answered 429 with Retry-After on the API (HTTP Basic),
 * and on the login form with the form again, saying how many minutes to wait.
 */
@ApplicationScoped
class LockedOutAnswer {

    void install(@Observes Router router) {
        router.route().failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException failed
                    && failed.getAttribute(LoginThrottle.RETRY_AFTER) != null && !context.response().ended()) {
                long seconds = failed.getAttribute(LoginThrottle.RETRY_AFTER);
                long minutes = (seconds + 59) / 60;
                context.response().headers().remove("Location").remove("WWW-Authenticate");
                if (context.normalizedPath().equals("/j_security_check")) {
                    // a person at the login form gets the form back, saying how long to wait
                    context.response().setStatusCode(302).putHeader("Location", "/login?locked=" + minutes)
                            .putHeader("Retry-After", Long.toString(seconds)).end();
                    return;
                }
                context.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds))
                        .putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("title", "Too Many Requests").put("status", 429)
                                .put("detail", "too many failed logins; try again in " + minutes + " minutes")
                                .encode());
            } else {
                context.next();
            }
        });
    }
}
