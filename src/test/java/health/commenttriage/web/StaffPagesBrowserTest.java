package health.commenttriage.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import health.commenttriage.queue.TestItems;
import health.commenttriage.user.StaffLogins;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The staff pages in a real browser, as front-desk staff use them on a 1366x768 screen. */
@QuarkusTest
class StaffPagesBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_2S = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(2000);
    private static final String SAFE_REPLY =
            "Please call 911 right now or go to the nearest emergency room. We will also reach out to you privately.";

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    InboxWorker worker;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void staffWorkAnEmergencyFromArrivalToSentWhileAColleagueWatches() {
        long emergency = TestItems.comment(worker, "My wife collapsed and she is not breathing, please help");
        long inquiry = TestItems.comment(worker, "What time do you open on Saturday?");
        Page page = login(newContext(), user("browser-staff", "staff"));

        // the queue: emergencies first, priority in words as well as colour
        Locator rows = page.locator("tr.item");
        assertThat(rows.first().getAttribute("data-priority")).isEqualTo("P1");
        List<String> ids = strings(rows.evaluateAll("rs => rs.map(r => r.dataset.itemId)"));
        List<String> priorities = strings(rows.evaluateAll("rs => rs.map(r => r.dataset.priority)"));
        assertThat(priorities).as("emergencies first, then by priority").isSorted();
        int emergencyRow = ids.indexOf(Long.toString(emergency));
        int inquiryRow = ids.indexOf(Long.toString(inquiry));
        assertThat(emergencyRow).as("the seeded emergency is on the first page").isGreaterThanOrEqualTo(0);
        assertThat(inquiryRow == -1 || emergencyRow < inquiryRow).as("the emergency comes before the inquiry").isTrue();
        assertThat(page.locator("tr.item[data-item-id='" + emergency + "'] .prio-badge")).containsText("emergency");

        // a colleague's screen, to see the item leave the queue live
        Page colleague = login(newContext(), user("browser-colleague", "staff"));

        // a signed webhook with an emergency arrives: it shows up without a reload, with the banner
        String marker = "zz" + UUID.randomUUID().toString().substring(0, 8);
        String comment = "{\"object\":\"page\",\"entry\":[{\"id\":\"555000111\",\"time\":1764000000,\"changes\":[{"
                + "\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"" + marker
                + "\",\"post_id\":\"555000111_9\",\"from\":{\"id\":\"41\",\"name\":\"A visitor\"},"
                + "\"created_time\":1764000000,\"message\":\"my dad has crushing chest pain and is sweating " + marker
                + "\"}}]}]}";
        SignedWebhooks.meta(comment.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        worker.drain(10);
        Locator arrived = page.locator("tr.item", new Page.LocatorOptions().setHasText(marker));
        assertThat(arrived).isVisible(WITHIN_2S);
        assertThat(arrived).hasAttribute("data-priority", "P1");
        assertThat(page.locator("#p1-banner")).isVisible(WITHIN_2S);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("queue.png")));
        String itemId = arrived.getAttribute("data-item-id");
        assertThat(colleague.locator("tr.item[data-item-id='" + itemId + "']")).isVisible(WITHIN_2S);

        // open it: the words that made it an emergency are highlighted
        arrived.locator("a").click();
        page.waitForURL("**/items/" + itemId);
        assertThat(page.locator("mark.ev.label-EMERGENCY").first()).isVisible();
        assertThat(page.locator(".banner-emergency")).isVisible();

        // an unsafe reply is flagged as it is typed; the fixed one passes
        Locator draft = page.locator("#draft-0");
        draft.fill("Your results look fine, no need to worry.");
        assertThat(page.locator("#lint-0 [data-lint=violations]")).isVisible(WITHIN_2S);
        draft.fill(SAFE_REPLY);
        assertThat(page.locator("#lint-0 [data-lint=ok]")).isVisible(WITHIN_2S);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("item.png")).setFullPage(true));

        // copy, then mark sent: back to the queue, and gone from the colleague's queue too
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.locator("[data-copy=draft-0]").click();
        assertThat(page.locator("[data-copy=draft-0]")).hasText("Copied");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(SAFE_REPLY);
        page.locator("#mark-sent").click();
        page.waitForURL(base.toString());
        assertThat(colleague.locator("tr.item[data-item-id='" + itemId + "']")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(2000));
        asAdmin().get("/api/v1/items/" + itemId).then().body("status", org.hamcrest.Matchers.equalTo("SENT"));
    }

    @Test
    void aSecondUserSeesWhoHoldsTheItemAndCannotAct() {
        long id = TestItems.comment(worker, "Can I get a refill of my lisinopril sent to the pharmacy?");
        Page first = login(newContext(), user("browser-holder", "staff"));
        first.navigate(base + "items/" + id);
        assertThat(first.locator("#claimed-by")).hasCount(0);
        Page second = login(newContext(), user("browser-second", "staff"));
        second.navigate(base + "items/" + id);
        assertThat(second.locator("#claimed-by")).containsText("browser-holder");
        assertThat(second.locator("#mark-sent")).isDisabled();
    }

    @Test
    void keyboardShortcutsMoveOpenCopyAndExplain() {
        TestItems.comment(worker, "My son swallowed a button battery an hour ago");
        Page page = login(newContext(), user("browser-keys", "staff"));
        page.keyboard().press("j");
        Locator selected = page.locator("tr.item.selected");
        assertThat(selected).hasCount(1);
        String first = selected.getAttribute("data-item-id");
        page.keyboard().press("j");
        assertThat(page.locator("tr.item.selected")).not().hasAttribute("data-item-id", first);
        page.keyboard().press("k");
        assertThat(page.locator("tr.item.selected")).hasAttribute("data-item-id", first);
        page.keyboard().press("Enter");
        page.waitForURL("**/items/" + first);
        page.keyboard().press("?");
        assertThat(page.locator("#shortcuts")).isVisible();
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.locator("body").click();
        page.keyboard().press("c");
        assertThat(page.locator("[data-copy=draft-0]")).hasText("Copied");
    }

    @Test
    void anAdminChangesThePhoneAndTheNextDraftUsesIt() {
        Page admin = login(newContext(), user("browser-admin", "admin"));
        admin.navigate(base + "admin/practice");
        admin.locator("#phone").fill("(555) 010-7777");
        admin.locator("#save-profile").click();
        assertThat(admin.locator("#profile-result")).containsText("Saved");
        try {
            admin.navigate(base + "try");
            admin.locator("#try-text").fill("Can you tell me what my blood test results mean?");
            admin.locator("#try-submit").click();
            assertThat(admin.locator("#try-result .draft-text").first()).containsText("(555) 010-7777");
        } finally {
            admin.navigate(base + "admin/practice");
            admin.locator("#phone").fill("(555) 010-0100");
            admin.locator("#save-profile").click();
            assertThat(admin.locator("#profile-result")).containsText("Saved");
        }
    }

    @Test
    void thePagesReflowAt200PercentZoom() {
        long id = TestItems.comment(worker, "I need a refill of my inhaler, I am almost out");
        // 1366x768 at 200% zoom leaves 683x384 CSS pixels
        BrowserContext zoomed = browser.newContext(new Browser.NewContextOptions().setViewportSize(683, 384));
        Page page = login(zoomed, user("browser-zoom", "staff"));
        assertThat(sidewaysOverflow(page)).as("the queue page does not scroll sideways").isLessThanOrEqualTo(1);
        page.navigate(base + "items/" + id);
        assertThat(page.locator("#draft-0")).isVisible();
        assertThat(sidewaysOverflow(page)).as("the item page does not scroll sideways").isLessThanOrEqualTo(1);
    }

    private static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    @Test
    void staffCannotOpenTheAdminPages() {
        Page page = login(newContext(), user("browser-plain-staff", "staff"));
        for (String path : List.of("admin/practice", "admin/users", "admin/deliveries")) {
            Response response = page.navigate(base + path);
            assertThat(response.status()).as(path).isEqualTo(403);
        }
        assertThat(page.locator("nav a[href='/admin/practice']")).hasCount(0);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        // what went wrong in the browser shows in the test output
        page.onConsoleMessage(m -> System.out.println("browser console: " + m.text()));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                System.out.println("browser got " + r.status() + " for " + r.request().method() + " " + r.url());
            }
        });
        page.navigate(base + "login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffLogins.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(base.toString());
        assertThat(page.locator("h1")).hasText("Queue");
        return page;
    }

    /** The README's screenshots are refreshed only on request, so a test run leaves the working tree clean. */
    private static Path screenshot(String name) {
        return Paths.get(Boolean.getBoolean("triage.screenshots.update") ? "docs/images" : "target/screenshots", name);
    }
}
