package health.commenttriage.web;

import health.commenttriage.events.EventStreams;
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

/** The pages' live feed: the same events as {@code /api/v1/events}, for a browser logged in with the form. */
@Path("/live")
@RolesAllowed(Roles.STAFF)
public class LiveFeed {

    private final EventStreams streams;
    private final StaffMember member;

    public LiveFeed(EventStreams streams, StaffMember member) {
        this.streams = streams;
        this.member = member;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        streams.open(sink, sse, member.practiceIds(), lastEventId);
    }
}
