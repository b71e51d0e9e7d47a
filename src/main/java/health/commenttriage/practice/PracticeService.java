package health.commenttriage.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Practices and the channel accounts that route deliveries to them. */
@ApplicationScoped
public class PracticeService {

    /** The practice of a single-practice install. */
    public static final String MAIN_SLUG = "main";

    private final EntityManager entityManager;
    /** With TRIAGE_CHANNEL_ACCOUNTS=*, every account belongs to this practice. */
    private final AtomicReference<Long> routeEveryAccountTo = new AtomicReference<>();

    public PracticeService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The practice that owns an account on a platform. In route-everything mode an unknown account is
     * registered to the one practice, so admins see it and can move it.
     */
    @Transactional
    public Optional<Long> practiceFor(String platform, String accountId) {
        Optional<Long> known = ChannelAccount.<ChannelAccount>find("platform = ?1 and accountId = ?2", platform,
                accountId).firstResultOptional().map(account -> account.practiceId);
        Long everything = routeEveryAccountTo.get();
        if (known.isPresent() || everything == null) {
            return known;
        }
        entityManager.createNativeQuery("""
                INSERT INTO channel_account (practice_id, platform, account_id, display_name)
                VALUES (?1, ?2, ?3, 'added automatically')
                ON CONFLICT (platform, account_id) DO NOTHING""")
                .setParameter(1, everything).setParameter(2, platform).setParameter(3, accountId)
                .executeUpdate();
        return Optional.of(everything);
    }

    public void routeEveryAccountTo(Long practiceId) {
        routeEveryAccountTo.set(practiceId);
    }

    /** The ids of the practices with these slugs; slugs of no practice are left out. */
    @Transactional
    public List<Long> idsOf(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return Practice.<Practice>find("slug in ?1 order by id", slugs).stream().map(p -> p.id).toList();
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

    /**
     * Routes an account to a practice.
     *
     * @return the account, or empty when the account already belongs to another practice
     */
    @Transactional
    public Optional<ChannelAccount> addChannelAccount(long practiceId, String platform, String accountId,
            String displayName) {
        Optional<ChannelAccount> existing = ChannelAccount.find("platform = ?1 and accountId = ?2", platform,
                accountId).firstResultOptional();
        if (existing.isPresent()) {
            return existing.filter(account -> account.practiceId == practiceId);
        }
        ChannelAccount account = new ChannelAccount();
        account.practiceId = practiceId;
        account.platform = platform;
        account.accountId = accountId;
        account.displayName = displayName;
        account.persist();
        return Optional.of(account);
    }

    @Transactional
    public Optional<ChannelAccount> changeChannelAccount(long id, long practiceId, String displayName) {
        Optional<ChannelAccount> account = ChannelAccount.findByIdOptional(id);
        account.ifPresent(a -> {
            a.practiceId = practiceId;
            a.displayName = displayName;
        });
        return account;
    }

    @Transactional
    public boolean removeChannelAccount(long id) {
        return ChannelAccount.deleteById(id);
    }

    public List<ChannelAccount> channelAccounts() {
        return ChannelAccount.list("order by platform, accountId");
    }

    /** The practice of a single-practice install (created at start by {@link PracticeSeed}). */
    public Practice mainPractice() {
        return Practice.<Practice>find("slug", MAIN_SLUG).firstResult();
    }

    /** The notices of a practice in a language that are in force now. */
    public List<PracticeNotice> activeNotices(long practiceId, String lang) {
        return PracticeNotice.list("practiceId = ?1 and lang = ?2 and startsAt <= ?3 and endsAt > ?3 order by startsAt",
                practiceId, lang, java.time.OffsetDateTime.now());
    }

    public boolean practiceExists(long practiceId) {
        return Practice.findByIdOptional(practiceId).isPresent();
    }
}
