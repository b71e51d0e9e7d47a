package health.commenttriage.security;

import health.commenttriage.ingest.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every state-changing request to the pages must carry the CSRF token in {@code X-CSRF-Token} (htmx
 * sends it on every request); pages that render get a token, and a cookie with it when it is new. The
 * API (HTTP Basic, no cookies) and the webhooks (signatures) need none.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfTokens tokens;
    private final CsrfToken current;
    private final SecurityIdentity identity;
    private final boolean secureCookies;

    public CsrfFilter(CsrfTokens tokens, CsrfToken current, SecurityIdentity identity,
            @ConfigProperty(name = "triage.session.secure-cookies") boolean secureCookies) {
        this.tokens = tokens;
        this.current = current;
        this.identity = identity;
        this.secureCookies = secureCookies;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.startsWith("/webhooks/") || identity.isAnonymous()) {
            return null; // not a page, or nobody logged in (the page's own roles answer)
        }
        String user = identity.getPrincipal().getName();
        Cookie cookie = request.getCookies().get(CsrfTokens.COOKIE);
        String known = cookie != null && tokens.isValid(cookie.getValue(), user) ? cookie.getValue() : null;
        if (!SAFE.contains(request.getMethod())) {
            String sent = request.getHeaderString(CsrfTokens.HEADER);
            if (known == null || !known.equals(sent)) {
                return Problem.response(Response.Status.FORBIDDEN,
                        "the page's security token is missing or out of date; reload the page");
            }
        }
        current.set(known != null ? known : tokens.issue(user), known == null);
        return null;
    }

    @ServerResponseFilter
    public void setCookie(ContainerResponseContext response) {
        if (current.getValue() != null && current.isFresh()) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(CsrfTokens.COOKIE)
                    .value(current.getValue()).path("/").httpOnly(true).secure(secureCookies)
                    .sameSite(NewCookie.SameSite.STRICT).build());
        }
    }
}
