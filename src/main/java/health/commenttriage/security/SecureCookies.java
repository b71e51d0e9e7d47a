package health.commenttriage.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks every cookie Secure in prod. TLS ends at the ingress, so Quarkus sees plain HTTP and would
 * leave the session cookie without the flag; a browser must never send it over plain HTTP.
 */
@ApplicationScoped
class SecureCookies {

    private final boolean enabled;

    SecureCookies(@ConfigProperty(name = "triage.session.secure-cookies") boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Filters filters) {
        if (!enabled) {
            return;
        }
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                secureNewCookies(context.request().cookies());
                secure(context.response().headers());
            });
            context.next();
        }, 900);
    }

    /**
     * Cookies set through Vert.x (the login form's session cookie) are written out after this point,
     * from the request's cookie jar; only the ones set in this answer are marked, so the browser's own
     * cookies are not sent back.
     */
    static void secureNewCookies(Set<Cookie> cookies) {
        for (Cookie cookie : cookies) {
            if (cookie instanceof ServerCookie set && (set.isChanged() || !set.isFromUserAgent())) {
                cookie.setSecure(true);
            }
        }
    }

    static void secure(MultiMap headers) {
        List<String> cookies = headers.getAll("Set-Cookie");
        if (cookies.isEmpty()) {
            return;
        }
        headers.remove("Set-Cookie");
        for (String cookie : cookies) {
            headers.add("Set-Cookie", withSecure(cookie));
        }
    }

    static String withSecure(String cookie) {
        for (String attribute : cookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                return cookie;
            }
        }
        return cookie + "; Secure";
    }
}
