package health.commenttriage.user;

import health.commenttriage.database.PgArrays;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates and checks local accounts. A bcrypt check costs tens of milliseconds, too much for every API
 * call, so a successful check is remembered for a short while (as a salted digest, never the password).
 */
@ApplicationScoped
public class UserAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** How long a checked password is trusted without bcrypt; other replicas see a change within it. */
    static final Duration CHECKED_FOR = Duration.ofSeconds(30);
    /** Compared against when the user is unknown, so that the answer takes as long either way. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user: constant work");

    private final byte[] salt = new SecureRandom().generateSeed(16);
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<String, Known> sessions = new ConcurrentHashMap<>();

    /** Who a user is, as far as access goes. */
    public record Account(String username, Set<String> roles, List<Long> practiceIds) {
    }

    private record Checked(byte[] digest, Account account, long untilNanos) {
    }

    private record Known(Account account, long untilNanos) {
    }

    /** The account when the password is right and the account enabled; empty otherwise. */
    @ActivateRequestContext
    public Optional<Account> check(String username, String password) {
        Optional<Account> known = recentlyChecked(username, password);
        if (known.isPresent()) {
            return known;
        }
        Optional<StaffUser> user = StaffUser.named(username).filter(u -> u.enabled);
        if (user.isEmpty()) {
            BcryptUtil.matches(password, NO_SUCH_USER_HASH);
            return Optional.empty();
        }
        if (!BcryptUtil.matches(password, user.get().passwordHash)) {
            return Optional.empty();
        }
        Account account = accountOf(user.get());
        checked.put(username, new Checked(digest(username, password), account, System.nanoTime() + CHECKED_FOR.toNanos()));
        return Optional.of(account);
    }

    /** The account when this very password was found right in the last seconds (no bcrypt, no database). */
    public Optional<Account> recentlyChecked(String username, String password) {
        Checked known = checked.get(username);
        if (known != null && known.untilNanos - System.nanoTime() > 0
                && MessageDigest.isEqual(known.digest, digest(username, password))) {
            return Optional.of(known.account);
        }
        return Optional.empty();
    }

    /**
     * The account of a user logged in on the pages (their session cookie names them), while it is
     * enabled; looked up at most every few seconds, so a disabled user's session ends within them.
     */
    @ActivateRequestContext
    public Optional<Account> enabledAccount(String username) {
        Known known = sessions.get(username);
        if (known != null && known.untilNanos - System.nanoTime() > 0) {
            return Optional.of(known.account);
        }
        Optional<Account> account = StaffUser.named(username).filter(u -> u.enabled).map(UserAccounts::accountOf);
        account.ifPresentOrElse(
                a -> sessions.put(username, new Known(a, System.nanoTime() + CHECKED_FOR.toNanos())),
                () -> sessions.remove(username));
        return account;
    }

    public static Account accountOf(StaffUser user) {
        return new Account(user.username, Roles.implied(user.roles),
                user.practiceIds == null ? null : List.copyOf(user.practiceIds));
    }

    /** A problem with a new account's fields, or null when they are fine. */
    public static String problemWith(String username, String password, Collection<String> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            return "username is required: 1 to 64 letters, digits, '.', '_', '@' or '-'";
        }
        String passwordProblem = passwordProblem(password);
        if (passwordProblem != null) {
            return passwordProblem;
        }
        return rolesProblem(roles);
    }

    static String passwordProblem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return "password must have at least " + MIN_PASSWORD_LENGTH + " characters";
        }
        return null;
    }

    static String rolesProblem(Collection<String> roles) {
        if (roles == null || roles.isEmpty() || !roles.stream().allMatch(Roles::isRole)) {
            return "roles must name one or more of " + Roles.ALL;
        }
        return null;
    }

    /** Adds an account unless one of that name exists; true when it was added. */
    @Transactional
    public boolean createIfAbsent(String username, String password, Collection<String> roles, List<Long> practiceIds) {
        if (StaffUser.named(username).isPresent()) {
            return false;
        }
        // replicas starting together may race here: the unique username decides, and the loser adds nothing
        int added = StaffUser.getEntityManager().createNativeQuery("""
                INSERT INTO app_user (username, password_hash, roles, practice_ids)
                VALUES (:username, :hash, CAST(:roles AS TEXT[]), CAST(:practices AS BIGINT[]))
                ON CONFLICT (username) DO NOTHING""")
                .setParameter("username", username)
                .setParameter("hash", BcryptUtil.bcryptHash(password))
                .setParameter("roles", PgArrays.literal(roles))
                .setParameter("practices", practiceIds == null ? null
                        : PgArrays.literal(practiceIds))
                .executeUpdate();
        return added == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changePassword(StaffUser user, String password) {
        user.passwordHash = BcryptUtil.bcryptHash(password);
        touched(user);
    }

    /** Call after any change to an account, so that the next request checks it afresh. */
    public void touched(StaffUser user) {
        user.updatedAt = OffsetDateTime.now();
        checked.remove(user.username);
        sessions.remove(user.username);
    }

    public static long count() {
        return StaffUser.count();
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
