package health.commenttriage.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/** The logged-in user of the current request: their name, role and the practices they may see. */
@RequestScoped
public class StaffMember {

    private final SecurityIdentity identity;

    public StaffMember(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isSupervisor() {
        return identity.hasRole(Roles.SUPERVISOR);
    }

    /** The practices this user may see; null for all. */
    public List<Long> practiceIds() {
        return identity.getAttribute(PasswordIdentityProvider.PRACTICE_IDS);
    }

    public boolean maySee(long practiceId) {
        List<Long> allowed = practiceIds();
        return allowed == null || allowed.contains(practiceId);
    }
}
