package health.commenttriage.web;

import health.commenttriage.ingest.DeliveriesAdminResource;
import health.commenttriage.user.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Deliveries that need an admin: failed ones with their reason, and ones for accounts nobody added yet. */
@Path("/admin/deliveries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DeliveriesPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance deliveries(List<DeliveriesAdminResource.DeliverySummary> failed,
                List<DeliveriesAdminResource.DeliverySummary> unrouted);
    }

    private final DeliveriesAdminResource deliveries;

    public DeliveriesPage(DeliveriesAdminResource deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(hidden = true)
    @SuppressWarnings("unchecked")
    public TemplateInstance page() {
        return Templates.deliveries(
                (List<DeliveriesAdminResource.DeliverySummary>) deliveries.list("FAILED", 200).getEntity(),
                (List<DeliveriesAdminResource.DeliverySummary>) deliveries.list("UNROUTED", 200).getEntity());
    }
}
