package health.commenttriage.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import health.commenttriage.security.LoginThrottle;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a username and password (HTTP Basic on the API, the login form on the pages) against app_user. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The identity attribute with the practices a user may see (absent: all). */
    public static final String PRACTICE_IDS = "practiceIds";

    private final UserAccounts accounts;
    private final LoginThrottle throttle;

    public PasswordIdentityProvider(UserAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null ? "unknown" : http.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> identity(accounts.recentlyChecked(username, password)
                .orElseGet(() -> checkPassword(username, password, address))));
    }

    /** A real password check: refused while the username or address is locked out; failures counted. */
    private UserAccounts.Account checkPassword(String username, String password, String address) {
        long lockedFor = throttle.lockedFor(username, address);
        if (lockedFor > 0) {
            throw new AuthenticationFailedException("too many failed logins",
                    Map.of(LoginThrottle.RETRY_AFTER, lockedFor));
        }
        return accounts.check(username, password).orElseThrow(() -> {
            throttle.failed(username, address);
            return new AuthenticationFailedException("wrong username or password");
        });
    }

    static SecurityIdentity identity(UserAccounts.Account account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRoles(account.roles());
        if (account.practiceIds() != null) {
            identity.addAttribute(PRACTICE_IDS, account.practiceIds());
        }
        return identity.build();
    }
}
