package health.commenttriage.web;

import health.commenttriage.user.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The login form (Quarkus' form authentication checks it at {@code /j_security_check} and sets the
 * session cookie) and logging out, which drops that cookie (or single sign-on's).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean expired, Integer lockedMinutes);
    }

    /** quarkus-oidc's session cookie, when staff logged in with single sign-on. */
    private static final String SINGLE_SIGN_ON_COOKIE = "q_session";

    private final SecurityIdentity identity;
    private final String sessionCookie;
    private final boolean secureCookies;

    public LoginPage(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
            @ConfigProperty(name = "triage.session.secure-cookies") boolean secureCookies) {
        this.identity = identity;
        this.sessionCookie = sessionCookie;
        this.secureCookies = secureCookies;
    }

    @GET
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public Response login(@QueryParam("failed") boolean failed, @QueryParam("expired") boolean expired,
            @QueryParam("locked") Integer lockedMinutes) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.login(failed, expired,
                lockedMinutes == null || lockedMinutes < 1 || lockedMinutes > 60 ? null : lockedMinutes)).header("Cache-Control", "no-store").build();
    }

    /** htmx follows HX-Redirect; a plain form post follows the 303. */
    @POST
    @Path("logout")
    @RolesAllowed(Roles.STAFF)
    @Operation(hidden = true)
    public Response logout() {
        return Response.seeOther(URI.create("/login")).header("HX-Redirect", "/login")
                .cookie(expired(sessionCookie), expired(SINGLE_SIGN_ON_COOKIE)).build();
    }

    private NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).secure(secureCookies)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
