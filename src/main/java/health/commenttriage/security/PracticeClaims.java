package health.commenttriage.security;

import health.commenttriage.practice.PracticeService;
import health.commenttriage.user.PasswordIdentityProvider;
import health.commenttriage.user.Roles;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Practices from single sign-on, as local users have them in their account: TRIAGE_OIDC_PRACTICE_MAP turns the
 * issuer's groups into practice slugs ("north-desk=north,south-desk=south"). Once it is set, a user of the issuer
 * sees only the practices their groups name, and none when they name none; only an admin with no practice group
 * sees every practice. Unset, every user of the issuer sees every practice (a single-practice install).
 */
@ApplicationScoped
public class PracticeClaims implements SecurityIdentityAugmentor {

    private final Map<String, Set<String>> groupToSlugs = new HashMap<>();
    private final PracticeService practices;

    public PracticeClaims(@ConfigProperty(name = "triage.oidc.practice-map") Optional<String> practiceMap,
            PracticeService practices) {
        this.practices = practices;
        for (String[] pair : RoleClaims.groupPairs(practiceMap)) {
            groupToSlugs.computeIfAbsent(pair[0], g -> new HashSet<>()).add(pair[1]);
        }
    }

    /** After {@link RoleClaims} (priority 0; augmentors run from the highest), so the groups' roles are there. */
    @Override
    public int priority() {
        return -1;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // local users (a QuarkusPrincipal, from the password or the session) carry their practices from their account
        if (groupToSlugs.isEmpty() || identity.isAnonymous() || identity.getPrincipal() instanceof QuarkusPrincipal) {
            return Uni.createFrom().item(identity);
        }
        Set<String> slugs = slugs(identity.getRoles());
        if (slugs.isEmpty() && identity.hasRole(Roles.ADMIN)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            List<Long> ids = practices.idsOf(slugs);
            return QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(PasswordIdentityProvider.PRACTICE_IDS, ids).build();
        });
    }

    private Set<String> slugs(Set<String> groups) {
        Set<String> slugs = new HashSet<>();
        for (String group : groups) {
            slugs.addAll(groupToSlugs.getOrDefault(group, Set.of()));
        }
        return slugs;
    }
}
