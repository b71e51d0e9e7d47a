package health.commenttriage.practice;

import health.commenttriage.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.ingest.Inbox;
import health.commenttriage.ingest.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** Admins route platform accounts to practices; deliveries that waited for an account are processed. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/channel-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelAccountsAdminResource {

    public record NewChannelAccount(Long practiceId, String platform, String accountId, String displayName) {
    }

    public record ChannelAccountView(long id, long practiceId, String platform, String accountId,
            String displayName) {

        static ChannelAccountView of(ChannelAccount a) {
            return new ChannelAccountView(a.id, a.practiceId, a.platform, a.accountId, a.displayName);
        }
    }

    private final PracticeService practices;
    private final Inbox inbox;

    public ChannelAccountsAdminResource(PracticeService practices, Inbox inbox) {
        this.practices = practices;
        this.inbox = inbox;
    }

    @GET
    public List<ChannelAccountView> list() {
        return practices.channelAccounts().stream().map(ChannelAccountView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewChannelAccount request) {
        if (request == null || request.practiceId() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "practiceId is required");
        }
        if (request.platform() == null || !ChannelAccountSeed.PLATFORMS.contains(request.platform())) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "platform must be one of " + ChannelAccountSeed.PLATFORMS);
        }
        if (request.accountId() == null || request.accountId().isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "accountId is required");
        }
        if (!practices.practiceExists(request.practiceId())) {
            return Problem.response(Response.Status.BAD_REQUEST, "practiceId names no practice");
        }
        Optional<ChannelAccount> added = practices.addChannelAccount(request.practiceId(), request.platform(),
                request.accountId().trim(), request.displayName());
        if (added.isEmpty()) {
            return Problem.response(Response.Status.CONFLICT, "the account belongs to another practice");
        }
        inbox.requeueUnrouted();
        return Response.status(Response.Status.CREATED).entity(ChannelAccountView.of(added.get())).build();
    }

    public record ChannelAccountChange(Long practiceId, String displayName) {
    }

    /** Moves an account to another practice, or renames it. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long id, ChannelAccountChange change) {
        if (change == null || change.practiceId() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "practiceId is required");
        }
        if (!practices.practiceExists(change.practiceId())) {
            return Problem.response(Response.Status.BAD_REQUEST, "practiceId names no practice");
        }
        return practices.changeChannelAccount(id, change.practiceId(), change.displayName())
                .map(account -> Response.ok(ChannelAccountView.of(account)).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "no channel account " + id));
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") long id) {
        return practices.removeChannelAccount(id) ? Response.noContent().build()
                : Problem.response(Response.Status.NOT_FOUND, "no channel account " + id);
    }
}
