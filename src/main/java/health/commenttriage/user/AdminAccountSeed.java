package health.commenttriage.user;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first admin. With no users yet, TRIAGE_ADMIN_USER / TRIAGE_ADMIN_PASSWORD create one; in dev mode
 * without them an "admin" with a random password, shown once on the console. There is never a fixed
 * default password.
 */
@ApplicationScoped
public class AdminAccountSeed {

    private final UserAccounts accounts;
    private final Optional<String> username;
    private final Optional<String> password;

    public AdminAccountSeed(UserAccounts accounts,
            @ConfigProperty(name = "triage.admin.user") Optional<String> username,
            @ConfigProperty(name = "triage.admin.password") Optional<String> password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    void onStart(@Observes @Priority(15) StartupEvent event) {
        if (UserAccounts.count() > 0) {
            return;
        }
        if (username.isPresent() && password.isPresent()) {
            String problem = UserAccounts.problemWith(username.get(), password.get(), List.of(Roles.ADMIN));
            if (problem != null) {
                throw new IllegalStateException("TRIAGE_ADMIN_USER / TRIAGE_ADMIN_PASSWORD: " + problem);
            }
            if (accounts.createIfAbsent(username.get(), password.get(), List.of(Roles.ADMIN), null)) {
                Log.infof("Created the first admin account from TRIAGE_ADMIN_USER");
            }
        } else if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            String generated = randomPassword();
            if (accounts.createIfAbsent("admin", generated, List.of(Roles.ADMIN), null)) {
                Log.warnf("Dev mode: created user 'admin' with password %s (shown only now)", generated);
            }
        } else {
            Log.warn("No users yet: set TRIAGE_ADMIN_USER and TRIAGE_ADMIN_PASSWORD to create the first admin");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
