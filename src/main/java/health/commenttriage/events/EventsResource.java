package health.commenttriage.events;

import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The live feed for the staff pages: which items changed, by id. A browser that reconnects sends
 * Last-Event-ID and first gets what it missed (events are kept for a day).
 */
@Path("/api/v1/events")
@RolesAllowed(Roles.STAFF)
@ApplicationScoped
public class EventsResource {

    /** A proxy or load balancer closes a silent connection; a comment line now and then keeps it open. */
    static final long KEEP_ALIVE_SECONDS = 20;
    private static final int MAX_REPLAY = 5000;

    private final ItemEventRelay relay;
    private final ItemEvents events;
    private final StaffMember member;
    private final Map<Stream, Runnable> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sse-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    public EventsResource(ItemEventRelay relay, ItemEvents events, StaffMember member) {
        this.relay = relay;
        this.events = events;
        this.member = member;
        keepAlive.scheduleAtFixedRate(this::ping, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events: item.created, item.updated, item.claimed, item.released, item.closed "
            + "(ids only); resumes after Last-Event-ID")
    @APIResponse(responseCode = "200", description = "an event stream")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        Stream stream = new Stream(sink, sse, member.practiceIds());
        // subscribe first, then replay: an event committed in between is sent once, in id order
        synchronized (stream) {
            open.put(stream, relay.subscribe(stream::send));
            long after = parse(lastEventId);
            if (after >= 0) {
                List<ItemEvent> missed = events.after(after, MAX_REPLAY);
                missed.forEach(stream::sendReplayed);
            } else {
                stream.sendComment("connected");
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        keepAlive.shutdownNow();
        open.keySet().forEach(Stream::close);
    }

    int openStreams() {
        return open.size();
    }

    private void ping() {
        for (Stream stream : open.keySet()) {
            stream.sendComment("keep-alive");
        }
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            return -1; // not one of ours: start live
        }
    }

    /** One browser's stream. Sends are serialised; a closed or failed stream unsubscribes itself. */
    private final class Stream {

        private final SseEventSink sink;
        private final Sse sse;
        private final List<Long> practiceIds;
        private long lastReplayed = -1;

        Stream(SseEventSink sink, Sse sse, List<Long> practiceIds) {
            this.sink = sink;
            this.sse = sse;
            this.practiceIds = practiceIds;
        }

        synchronized void sendReplayed(ItemEvent event) {
            lastReplayed = Math.max(lastReplayed, event.id());
            deliver(event);
        }

        synchronized void send(ItemEvent event) {
            if (event.id() > lastReplayed) {
                deliver(event);
            }
        }

        private void deliver(ItemEvent event) {
            if (practiceIds != null && !practiceIds.contains(event.practiceId())) {
                return;
            }
            write(sse.newEventBuilder().id(Long.toString(event.id())).name(event.type())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, event.json()).build());
        }

        synchronized void sendComment(String comment) {
            write(sse.newEventBuilder().comment(comment).build());
        }

        private void write(OutboundSseEvent event) {
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        void close() {
            Runnable unsubscribe = open.remove(this);
            if (unsubscribe != null) {
                unsubscribe.run();
            }
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }
}
