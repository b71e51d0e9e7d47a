package health.commenttriage.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Webhook secrets and limits, from the TRIAGE_* variables listed in README.md. */
@ConfigMapping(prefix = "triage.webhooks")
public interface WebhookSettings {

    /** Largest webhook body accepted, in bytes; larger ones are answered 413. */
    @WithDefault("1048576")
    int maxBytes();

    Meta meta();

    X x();

    Generic generic();

    interface Meta {
        Optional<String> appSecret();

        Optional<String> appSecretPrevious();

        Optional<String> verifyToken();
    }

    interface X {
        Optional<String> consumerSecret();

        Optional<String> consumerSecretPrevious();
    }

    interface Generic {
        /** In the Standard Webhooks {@code whsec_<base64>} form. */
        Optional<String> secret();

        Optional<String> secretPrevious();
    }
}
