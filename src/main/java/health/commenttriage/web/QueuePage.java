package health.commenttriage.web;

import health.commenttriage.queue.ItemQuery;
import health.commenttriage.queue.ItemSummary;
import health.commenttriage.queue.QueueListing;
import health.commenttriage.queue.QueueStatsResource;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The queue in a browser: emergencies first, filters, a stats bar, and rows that the page reloads
 * (as a fragment) whenever the live feed says an item changed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.STAFF)
public class QueuePage {

    /** The queue's filters, as the page's form and the API name them. */
    public static class Filters {
        @QueryParam("status") public String status;
        @QueryParam("priority") public String priority;
        @QueryParam("label") public String label;
        @QueryParam("platform") public String platform;
        @QueryParam("channel") public String channel;
        @QueryParam("q") public String q;
        @QueryParam("cursor") public String cursor;

        /** The address of the next page with the same filters. */
        public String nextPage(String nextCursor) {
            StringBuilder query = new StringBuilder("/?cursor=").append(encode(nextCursor));
            for (String name : new String[] {"status", "priority", "label", "platform", "channel", "q"}) {
                if (!value(name).isBlank()) {
                    query.append('&').append(name).append('=').append(encode(value(name)));
                }
            }
            return query.toString();
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String value(String name) {
            String value = switch (name) {
                case "status" -> status;
                case "priority" -> priority;
                case "label" -> label;
                case "platform" -> platform;
                case "channel" -> channel;
                case "q" -> q;
                default -> null;
            };
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance queue(Filters filters, List<ItemSummary> items, String nextCursor, String error,
                QueueStatsResource.Stats stats);

        static native TemplateInstance queue$rows(Filters filters, List<ItemSummary> items, String nextCursor,
                String error);

        static native TemplateInstance queue$stats(QueueStatsResource.Stats stats);
    }

    static final int PAGE_SIZE = 50;

    private final QueueListing listing;
    private final QueueStatsResource stats;
    private final StaffMember member;

    public QueuePage(QueueListing listing, QueueStatsResource stats, StaffMember member) {
        this.listing = listing;
        this.stats = stats;
        this.member = member;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance queue(@BeanParam Filters filters) {
        Rows rows = rows(filters);
        return Templates.queue(filters, rows.items, rows.next, rows.error, stats.stats());
    }

    /** The rows alone, for the live refresh and the filters. */
    @GET
    @Path("queue/rows")
    @Operation(hidden = true)
    public Response rowsFragment(@BeanParam Filters filters) {
        Rows rows = rows(filters);
        return Response.status(rows.error == null ? 200 : 400)
                .entity(Templates.queue$rows(filters, rows.items, rows.next, rows.error)).build();
    }

    @GET
    @Path("queue/stats")
    @Operation(hidden = true)
    public TemplateInstance statsFragment() {
        return Templates.queue$stats(stats.stats());
    }

    private record Rows(List<ItemSummary> items, String next, String error) {
    }

    private Rows rows(Filters f) {
        try {
            QueueListing.Page page = listing.page(f.status, f.priority, f.label, f.platform, f.channel, f.q, PAGE_SIZE,
                    f.cursor, member.practiceIds());
            return new Rows(page.items(), page.nextCursor(), null);
        } catch (ItemQuery.BadParameter e) {
            return new Rows(List.of(), null, e.getMessage());
        }
    }
}
