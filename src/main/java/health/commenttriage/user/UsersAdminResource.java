package health.commenttriage.user;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.ingest.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Admins manage the staff's accounts. Passwords are write-only; every change is audited. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersAdminResource {

    public record User(String username, List<String> roles, List<Long> practiceIds, boolean enabled) {

        static User of(StaffUser u) {
            return new User(u.username, u.roles, u.practiceIds, u.enabled);
        }
    }

    public record NewUser(String username, String password, List<String> roles, List<Long> practiceIds) {
    }

    /** Fields left out are kept. */
    public record UserChange(String password, List<String> roles, List<Long> practiceIds, Boolean enabled) {
    }

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SecurityIdentity caller;

    public UsersAdminResource(UserAccounts accounts, AuditTrail audit, SecurityIdentity caller) {
        this.accounts = accounts;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Lists the users with their roles")
    public List<User> list() {
        return StaffUser.<StaffUser>list("order by username").stream().map(User::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Adds a user")
    @APIResponse(responseCode = "201", description = "added")
    @APIResponse(responseCode = "400", description = "a field is missing or invalid (passwords: at least 12 characters)")
    @APIResponse(responseCode = "409", description = "the username is taken")
    public Response create(NewUser request) {
        if (request == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "a JSON body with username, password and roles is required");
        }
        String problem = UserAccounts.problemWith(request.username(), request.password(), request.roles());
        if (problem != null) {
            return Problem.response(Response.Status.BAD_REQUEST, problem);
        }
        if (!accounts.createIfAbsent(request.username(), request.password(), request.roles(), request.practiceIds())) {
            return Problem.response(Response.Status.CONFLICT, "user " + request.username() + " exists");
        }
        StaffUser user = StaffUser.named(request.username()).orElseThrow();
        audit.record(caller.getPrincipal().getName(), "user.created", null, null, details(user));
        return Response.status(Response.Status.CREATED).entity(User.of(user)).build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Changes a user's password, roles, practices or enabled flag")
    @APIResponse(responseCode = "200", description = "changed")
    @APIResponse(responseCode = "400", description = "a field is invalid")
    @APIResponse(responseCode = "404", description = "no such user")
    public Response update(@PathParam("username") String username, UserChange change) {
        StaffUser user = StaffUser.named(username).orElse(null);
        if (user == null) {
            return Problem.response(Response.Status.NOT_FOUND, "no user " + username);
        }
        if (change == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "a JSON body is required");
        }
        if (change.password() != null && UserAccounts.passwordProblem(change.password()) != null) {
            return Problem.response(Response.Status.BAD_REQUEST, UserAccounts.passwordProblem(change.password()));
        }
        if (change.roles() != null && UserAccounts.rolesProblem(change.roles()) != null) {
            return Problem.response(Response.Status.BAD_REQUEST, UserAccounts.rolesProblem(change.roles()));
        }
        if (isSelf(username) && (Boolean.FALSE.equals(change.enabled())
                || change.roles() != null && !change.roles().contains(Roles.ADMIN))) {
            return Problem.response(Response.Status.CONFLICT, "admins cannot disable or demote themselves");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", details(user));
        if (change.password() != null) {
            accounts.changePassword(user, change.password());
            details.put("passwordChanged", true);
        }
        if (change.roles() != null) {
            user.roles = new ArrayList<>(change.roles());
        }
        if (change.practiceIds() != null) {
            user.practiceIds = change.practiceIds().isEmpty() ? null : new ArrayList<>(change.practiceIds());
        }
        if (change.enabled() != null) {
            user.enabled = change.enabled();
        }
        accounts.touched(user);
        details.put("after", details(user));
        audit.record(caller.getPrincipal().getName(), "user.changed", null, null, details);
        return Response.ok(User.of(user)).build();
    }

    @DELETE
    @Path("/{username}")
    @Transactional
    @Operation(summary = "Removes a user (their name stays in the audit trail)")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such user")
    @APIResponse(responseCode = "409", description = "admins cannot remove themselves")
    public Response delete(@PathParam("username") String username) {
        StaffUser user = StaffUser.named(username).orElse(null);
        if (user == null) {
            return Problem.response(Response.Status.NOT_FOUND, "no user " + username);
        }
        if (isSelf(username)) {
            return Problem.response(Response.Status.CONFLICT, "admins cannot remove themselves");
        }
        accounts.touched(user);
        user.delete();
        audit.record(caller.getPrincipal().getName(), "user.deleted", null, null, Map.of("username", username));
        return Response.noContent().build();
    }

    private boolean isSelf(String username) {
        return caller.getPrincipal().getName().equals(username);
    }

    private static Map<String, Object> details(StaffUser user) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", user.username);
        details.put("roles", user.roles);
        details.put("practiceIds", user.practiceIds);
        details.put("enabled", user.enabled);
        return details;
    }
}
