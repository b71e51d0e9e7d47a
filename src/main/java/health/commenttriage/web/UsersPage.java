package health.commenttriage.web;

import health.commenttriage.user.Roles;
import health.commenttriage.user.UsersAdminResource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admins add users, change their role, and disable or enable them (through the admin API's resource, audited). */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UsersPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance users(List<UsersAdminResource.User> users, String message, boolean ok);
    }

    private final UsersAdminResource users;

    public UsersPage(UsersAdminResource users) {
        this.users = users;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return Templates.users(users.list(), null, true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance add(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("role") String role) {
        Response answer = users.create(new UsersAdminResource.NewUser(username, password,
                role == null ? List.of() : List.of(role), null));
        boolean ok = answer.getStatus() == 201;
        return Templates.users(users.list(), ok ? "Added " + username + "." : Refusals.detail(answer), ok);
    }

    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance change(@PathParam("username") String username, @FormParam("role") String role,
            @FormParam("enabled") Boolean enabled) {
        Response answer = users.update(username, new UsersAdminResource.UserChange(null,
                role == null || role.isBlank() ? null : List.of(role), null, enabled));
        boolean ok = answer.getStatus() == 200;
        return Templates.users(users.list(), ok ? "Changed " + username + "." : Refusals.detail(answer), ok);
    }
}
