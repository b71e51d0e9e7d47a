package health.commenttriage.web;

import health.commenttriage.user.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a page, for the templates ({@code {inject:user.name}}): the menu depends on the role. */
@RequestScoped
@Named("user")
public class PageUser {

    private final SecurityIdentity identity;

    public PageUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isSupervisor() {
        return identity.hasRole(Roles.SUPERVISOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
