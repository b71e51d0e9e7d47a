package health.commenttriage.queue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a claim lasts without activity (TRIAGE_CLAIM_TTL); any action of the holder renews it. */
@ConfigMapping(prefix = "triage.claim")
public interface ClaimSettings {

    @WithDefault("15m")
    Duration ttl();
}
