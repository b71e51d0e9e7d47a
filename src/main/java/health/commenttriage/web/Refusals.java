package health.commenttriage.web;

import health.commenttriage.ingest.Problem;
import health.commenttriage.reply.TemplatesAdminResource;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The words of an API answer that refused a change, for a page that called the API's resource directly. */
final class Refusals {

    private Refusals() {
    }

    static String detail(Response response) {
        Object entity = response.getEntity();
        if (entity instanceof Problem problem) {
            return problem.detail();
        }
        if (entity instanceof TemplatesAdminResource.Refusal refusal) {
            return refusal.detail();
        }
        if (entity instanceof Map<?, ?> map && map.get("detail") != null) {
            return map.get("detail").toString();
        }
        return "the change was refused (" + response.getStatus() + ")";
    }
}
