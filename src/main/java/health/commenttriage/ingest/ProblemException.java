package health.commenttriage.ingest;

import health.commenttriage.http.RequestIds;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal a service raises deep in a transaction (which it rolls back), answered as problem details
 * with extra members, for example who holds a claim.
 */
public class ProblemException extends RuntimeException {

    /** Jakarta REST names no constant for it. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    private final int status;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, Map.of());
    }

    public ProblemException(Response.Status status, String detail, Map<String, ?> extensions) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail, extensions);
    }

    /** A reply that fails a content check: 422. */
    public static ProblemException unprocessable(String detail, Map<String, ?> extensions) {
        return new ProblemException(UNPROCESSABLE_CONTENT, "Unprocessable Content", detail, extensions);
    }

    private ProblemException(int status, String title, String detail, Map<String, ?> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public int status() {
        return status;
    }

    public Response toResponse() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        body.putAll(extensions);
        body.put("requestId", RequestIds.current());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @Provider
    public static class Mapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException exception) {
            return exception.toResponse();
        }
    }
}
