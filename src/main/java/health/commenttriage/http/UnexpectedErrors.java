package health.commenttriage.http;

import health.commenttriage.ingest.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * The last word on errors: problem details with the request's correlation id, never a stack trace or
 * SQL. A failure nobody expected is logged with that id (its class and stack, which carry no message
 * text) and answered 500.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException known && known.getResponse().getStatus() < 500) {
            // 404, 405, 406, 415 and the like: the framework's answer, as problem details
            Response.StatusType status = known.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), detailOf(status.getStatusCode()));
        }
        LOG.errorf(failure, "unexpected failure (request %s)", RequestIds.current());
        return problem(500, "Internal Server Error",
                "something went wrong on our side; give this request id to your administrator");
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "there is nothing at this address";
            case 405 -> "this address does not take that method";
            case 406 -> "this address cannot answer in the media type asked for";
            case 415 -> "this address does not take that media type";
            default -> "the request cannot be served";
        };
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem(title, status, detail)).build();
    }
}
