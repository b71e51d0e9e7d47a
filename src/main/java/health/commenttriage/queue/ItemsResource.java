package health.commenttriage.queue;

import health.commenttriage.message.Message;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The staff queue over REST. */
@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    private final TriageQueue queue;

    public ItemsResource(TriageQueue queue) {
        this.queue = queue;
    }

    /** Open items, emergencies first, then the soonest due. */
    @GET
    public List<ItemSummary> open(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new BadRequestException("limit must be between 1 and 500");
        }
        return queue.openItems(limit).stream()
                .map(item -> ItemSummary.of(item, (int) Message.count("triageItemId", item.id)))
                .toList();
    }
}
