package health.commenttriage.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Practices and the channel accounts that route deliveries to them. */
@ApplicationScoped
public class PracticeService {

    /** The practice that owns an account on a platform, if any. */
    public Optional<Long> practiceFor(String platform, String accountId) {
        return ChannelAccount.<ChannelAccount>find("platform = ?1 and accountId = ?2", platform, accountId)
                .firstResultOptional()
                .map(account -> account.practiceId);
    }

    /** Creates the practice with this slug unless it exists; returns its id. */
    @Transactional
    public long ensurePractice(String slug, String name, String timeZone) {
        return Practice.<Practice>find("slug", slug).firstResultOptional().map(p -> p.id).orElseGet(() -> {
            Practice practice = new Practice();
            practice.slug = slug;
            practice.name = name;
            practice.timeZone = timeZone;
            practice.persist();
            return practice.id;
        });
    }

    /** Routes an account to a practice unless the account is routed already. */
    @Transactional
    public void ensureChannelAccount(long practiceId, String platform, String accountId, String displayName) {
        if (practiceFor(platform, accountId).isEmpty()) {
            ChannelAccount account = new ChannelAccount();
            account.practiceId = practiceId;
            account.platform = platform;
            account.accountId = accountId;
            account.displayName = displayName;
            account.persist();
        }
    }
}
