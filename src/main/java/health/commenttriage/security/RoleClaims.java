package health.commenttriage.security;

import health.commenttriage.user.Roles;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roles from single sign-on: the issuer's role claim (TRIAGE_OIDC_ROLES_CLAIM) names groups, which
 * TRIAGE_OIDC_ROLE_MAP turns into our roles ("triage-admins=admin,front-desk=staff"; a group already
 * called staff, supervisor or admin needs no entry); then each role brings the ones below it, as for
 * local users. A user whose groups map to no role gets none and is refused everywhere.
 */
@ApplicationScoped
public class RoleClaims implements SecurityIdentityAugmentor {

    private final Map<String, String> groupToRole = new HashMap<>();

    public RoleClaims(@ConfigProperty(name = "triage.oidc.role-map") Optional<String> roleMap) {
        for (String pair : roleMap.orElse("").split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && Roles.isRole(parts[1].trim())) {
                groupToRole.put(parts[0].trim(), parts[1].trim());
            }
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = roles(identity.getRoles());
        if (roles.equals(identity.getRoles())) {
            return Uni.createFrom().item(identity); // local users already carry their implied roles
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        builder.addRoles(roles);
        return Uni.createFrom().item(builder.build());
    }

    Set<String> roles(Set<String> claimed) {
        Set<String> mapped = new HashSet<>();
        for (String group : claimed) {
            if (Roles.isRole(group)) {
                mapped.add(group);
            } else if (groupToRole.containsKey(group)) {
                mapped.add(groupToRole.get(group));
            }
        }
        Set<String> all = new HashSet<>(claimed);
        all.addAll(Roles.implied(mapped));
        return all;
    }
}
