package health.commenttriage.ingest;

import health.commenttriage.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Deliveries that need an admin's eye: FAILED (with the reason) and UNROUTED. Bodies are never shown. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesAdminResource {

    public record DeliverySummary(long id, String platform, String deliveryId, String source, String status,
            int attempts, String reason, OffsetDateTime receivedAt, OffsetDateTime processedAt) {

        static DeliverySummary of(InboundEvent e) {
            return new DeliverySummary(e.id, e.platform, e.deliveryId, e.source, e.status.name(), e.attempts,
                    e.lastError, e.receivedAt, e.processedAt);
        }
    }

    @GET
    public Response list(@QueryParam("status") @DefaultValue("FAILED") String status,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        InboundEvent.Status wanted;
        try {
            wanted = InboundEvent.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "status must be one of " + Arrays.toString(InboundEvent.Status.values()));
        }
        if (limit < 1 || limit > 1000) {
            return Problem.response(Response.Status.BAD_REQUEST, "limit must be between 1 and 1000");
        }
        List<DeliverySummary> deliveries = InboundEvent.<InboundEvent>find("status = ?1 order by id desc", wanted)
                .page(0, limit).list().stream().map(DeliverySummary::of).toList();
        return Response.ok(deliveries).build();
    }
}
