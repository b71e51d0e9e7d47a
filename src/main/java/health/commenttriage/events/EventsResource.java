package health.commenttriage.events;

import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The live feed for the staff pages: which items changed, by id. A browser that reconnects sends
 * Last-Event-ID and first gets what it missed (events are kept for a day).
 */
@Path("/api/v1/events")
@RolesAllowed(Roles.STAFF)
public class EventsResource {

    private final EventStreams streams;
    private final StaffMember member;

    public EventsResource(EventStreams streams, StaffMember member) {
        this.streams = streams;
        this.member = member;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events: item.created, item.updated, item.claimed, item.released, item.closed "
            + "(ids only); resumes after Last-Event-ID")
    @APIResponse(responseCode = "200", description = "an event stream")
    @APIResponse(responseCode = "401", description = "no or wrong credentials")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        streams.open(sink, sse, member.practiceIds(), lastEventId);
    }
}
