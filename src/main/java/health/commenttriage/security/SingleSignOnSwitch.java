package health.commenttriage.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Single sign-on is on exactly when TRIAGE_OIDC_ISSUER is set: then quarkus-oidc's tenant is enabled,
 * the pages log staff in at the issuer (authorization code flow) instead of the login form, and the API
 * takes the issuer's bearer tokens beside HTTP Basic. Without it nothing of OIDC runs.
 */
public class SingleSignOnSwitch implements ConfigSourceFactory {

    static final String ISSUER = "TRIAGE_OIDC_ISSUER";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue issuer = context.getValue(ISSUER);
        boolean on = issuer != null && issuer.getValue() != null && !issuer.getValue().isBlank();
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.oidc.tenant-enabled", Boolean.toString(on),
                "triage.pages.auth-mechanism", on ? "code" : "form"), "triage-single-sign-on", 260));
    }
}
