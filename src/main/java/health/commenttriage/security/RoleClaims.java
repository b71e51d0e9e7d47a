package health.commenttriage.security;

import health.commenttriage.user.Roles;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
        for (String[] pair : groupPairs(roleMap)) {
            if (Roles.isRole(pair[1])) {
                groupToRole.put(pair[0], pair[1]);
            }
        }
    }

    /** The pairs of a map of issuer groups ("triage-admins=admin,front-desk=staff"), trimmed, blank ones left out. */
    static List<String[]> groupPairs(Optional<String> map) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : map.orElse("").split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                pairs.add(new String[] {parts[0].trim(), parts[1].trim()});
            }
        }
        return pairs;
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
