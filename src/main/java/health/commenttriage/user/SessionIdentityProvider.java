package health.commenttriage.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns the page session's cookie, which names a user whose password was checked at login, back into
 * that user's identity on each request, with their current roles and practices. A user who was
 * disabled or deleted since is logged out.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final UserAccounts accounts;

    public SessionIdentityProvider(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> PasswordIdentityProvider.identity(accounts.enabledAccount(request.getPrincipal())
                .orElseThrow(() -> new AuthenticationFailedException("the account is disabled or gone"))));
    }
}
