package health.commenttriage.ingest;

import health.commenttriage.http.RequestIds;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem-details body: what went wrong, in words a caller can act on, and the request's
 * correlation id, which is in every log line of that request.
 */
public record Problem(String title, int status, String detail, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String title, int status, String detail) {
        this(title, status, detail, RequestIds.current());
    }

    public static Response response(Response.Status status, String detail) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem(status.getReasonPhrase(), status.getStatusCode(), detail)).build();
    }
}
