package health.commenttriage.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a username and password (HTTP Basic on the API, the login form on the pages) against app_user. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The identity attribute with the practices a user may see (absent: all). */
    public static final String PRACTICE_IDS = "practiceIds";

    private final UserAccounts accounts;

    public PasswordIdentityProvider(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity identity(String username, String password) {
        UserAccounts.Account account = accounts.check(username, password)
                .orElseThrow(() -> new AuthenticationFailedException("wrong username or password"));
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRoles(account.roles());
        if (account.practiceIds() != null) {
            identity.addAttribute(PRACTICE_IDS, account.practiceIds());
        }
        return identity.build();
    }
}
