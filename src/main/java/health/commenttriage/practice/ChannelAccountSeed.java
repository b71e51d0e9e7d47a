package health.commenttriage.practice;

import health.commenttriage.ingest.Inbox;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A single-practice install names its accounts in TRIAGE_CHANNEL_ACCOUNTS
 * ({@code facebook:1234567890321,instagram:17841400000000000,x:1111111111111111111,generic:webform}), or
 * {@code *} to route every account to its one practice. Deliveries that waited UNROUTED for an account
 * named now are processed.
 */
@ApplicationScoped
public class ChannelAccountSeed {

    static final Set<String> PLATFORMS = Set.of("facebook", "instagram", "x", "generic");
    private static final Logger LOG = Logger.getLogger(ChannelAccountSeed.class);

    private final PracticeService practices;
    private final Inbox inbox;
    private final Optional<String> channelAccounts;
    private final boolean demo;
    private final String practiceName;
    private final String timeZone;

    public ChannelAccountSeed(PracticeService practices, Inbox inbox,
            @ConfigProperty(name = "triage.channel-accounts") Optional<String> channelAccounts,
            @ConfigProperty(name = "triage.demo") boolean demo,
            @ConfigProperty(name = "triage.practice.name") String practiceName,
            @ConfigProperty(name = "triage.practice.time-zone") String timeZone) {
        this.practices = practices;
        this.inbox = inbox;
        this.channelAccounts = channelAccounts;
        this.demo = demo;
        this.practiceName = practiceName;
        this.timeZone = timeZone;
    }

    /** Runs before the demo loader, which relies on the routing. */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        String setting = channelAccounts.map(String::trim).filter(s -> !s.isEmpty()).orElse(demo ? "*" : "");
        if (setting.isEmpty()) {
            return;
        }
        long practiceId = practices.ensurePractice(PracticeService.MAIN_SLUG, practiceName, timeZone);
        if (setting.equals("*")) {
            practices.routeEveryAccountTo(practiceId);
            LOG.info("Every channel account is routed to the one practice (TRIAGE_CHANNEL_ACCOUNTS=*)");
        } else {
            for (String[] account : parse(setting)) {
                if (practices.addChannelAccount(practiceId, account[0], account[1], null).isEmpty()) {
                    LOG.warnf("Channel account %s:%s belongs to another practice; left as it is", account[0],
                            account[1]);
                }
            }
        }
        int requeued = inbox.requeueUnrouted();
        if (requeued > 0) {
            LOG.infof("%d unrouted deliveries queued again", requeued);
        }
    }

    /** Pairs of platform and account id; refuses anything else with a message naming the entry. */
    static List<String[]> parse(String setting) {
        List<String[]> accounts = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            String platform = colon > 0 ? trimmed.substring(0, colon).trim() : "";
            String id = colon > 0 ? trimmed.substring(colon + 1).trim() : "";
            if (!PLATFORMS.contains(platform) || id.isEmpty()) {
                throw new IllegalArgumentException("TRIAGE_CHANNEL_ACCOUNTS: \"" + trimmed
                        + "\" is not platform:id with platform one of " + PLATFORMS + " (or use *)");
            }
            accounts.add(new String[] {platform, id});
        }
        return accounts;
    }
}
