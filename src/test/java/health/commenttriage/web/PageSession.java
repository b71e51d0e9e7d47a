package health.commenttriage.web;

import static io.restassured.RestAssured.given;

import health.commenttriage.user.StaffLogins;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session on the pages: logged in through the form, with its cookies and CSRF token. */
public final class PageSession {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    public final String sessionCookie;
    public final String csrfCookie;
    public final String csrfToken;

    private PageSession(String sessionCookie, String csrfCookie, String csrfToken) {
        this.sessionCookie = sessionCookie;
        this.csrfCookie = csrfCookie;
        this.csrfToken = csrfToken;
    }

    /** Logs in with the form as a user made by {@link StaffLogins#user}. */
    public static PageSession login(String username) {
        return login(username, StaffLogins.PASSWORD);
    }

    public static PageSession login(String username, String password) {
        Response login = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
        String session = login.getCookie("triage-session");
        if (login.statusCode() != 302 || session == null) {
            throw new IllegalStateException("login of " + username + " failed: " + login.statusCode());
        }
        Response queue = given().redirects().follow(false).cookie("triage-session", session).get("/");
        Matcher token = TOKEN.matcher(queue.asString());
        if (queue.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("the queue page did not open: " + queue.statusCode());
        }
        return new PageSession(session, queue.getCookie("triage-csrf"), token.group(1));
    }

    /** A request with the session cookie only (as a link or a cross-site form would send it). */
    public RequestSpecification cookiesOnly() {
        return given().redirects().follow(false).cookie("triage-session", sessionCookie)
                .cookie("triage-csrf", csrfCookie);
    }

    /** A request as the page's htmx sends it: cookies and the CSRF header. */
    public RequestSpecification htmx() {
        return cookiesOnly().header("X-CSRF-Token", csrfToken).header("HX-Request", "true");
    }
}
