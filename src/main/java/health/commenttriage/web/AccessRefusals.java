package health.commenttriage.web;

import health.commenttriage.ingest.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A role that is too low gets 403 with words: problem details on the API, a page that says so (and
 * links back to the queue) on the pages, instead of an empty answer a browser shows as an error.
 */
public class AccessRefusals {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance forbidden();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused, UriInfo uri) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.startsWith("/webhooks/")) {
            return Problem.response(Response.Status.FORBIDDEN, "your role does not allow this");
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.forbidden()).build();
    }
}
