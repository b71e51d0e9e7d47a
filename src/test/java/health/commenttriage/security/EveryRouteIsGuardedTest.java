package health.commenttriage.security;

import static health.commenttriage.user.StaffLogins.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffLogins;
import health.commenttriage.web.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every route of the service, found in its compiled resources and in the OpenAPI document, is either a
 * webhook or the login form (open, checked by signature or password) or names the role it needs; and
 * answers 401 (API) or a redirect to the login form (pages) without credentials, and 403 to a role
 * that is too low. A new endpoint without a rule fails here.
 */
@QuarkusTest
class EveryRouteIsGuardedTest {

    /** Routes open to anybody, on purpose. */
    private static final List<String> OPEN = List.of("/webhooks/", "/login", "/j_security_check");

    record Route(String method, String path, String role) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1").replaceAll("//+", "/");
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    @Test
    void everyRouteNamesItsRoleAndRefusesTheAnonymousAndTheTooLow() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("routes found").hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            if (route.role() == null) {
                problems.add(route.method() + " " + route.path() + " names no role and is not an open route");
            }
        }
        checkOpenApiPathsAreKnown(routes, problems);

        String staff = user("guard-staff", Roles.STAFF);
        String supervisor = user("guard-supervisor", Roles.SUPERVISOR);
        PageSession staffPages = PageSession.login(staff);
        PageSession supervisorPages = PageSession.login(supervisor);
        int checked = 0;
        for (Route route : routes) {
            if (route.role() == null || route.role().equals("open")) {
                continue;
            }
            Response anonymous = send(given().redirects().follow(false), route);
            if (route.isApi()) {
                expect(problems, route, "without credentials", anonymous, 401);
            } else {
                expect(problems, route, "without a session", anonymous, 302);
                String location = String.valueOf(anonymous.header("Location"));
                if (!location.endsWith("/login")) {
                    problems.add(route.method() + " " + route.path() + " redirects to " + location);
                }
            }
            String lower = switch (route.role()) {
                case Roles.ADMIN -> supervisor;
                case Roles.SUPERVISOR -> staff;
                default -> null;
            };
            if (lower != null) {
                Response tooLow = route.isApi() ? send(StaffLogins.as(lower), route)
                        : send((lower.equals(staff) ? staffPages : supervisorPages).htmx(), route);
                expect(problems, route, "as " + lower, tooLow, 403);
            }
            checked++;
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(35);
    }

    private static void expect(List<String> problems, Route route, String as, Response response, int status) {
        if (response.statusCode() != status) {
            problems.add(route.method() + " " + route.path() + " " + as + ": " + response.statusCode() + ", not " + status);
        }
    }

    private static Response send(RequestSpecification request, Route route) {
        String path = route.concretePath();
        // the pages take forms, the API JSON: each gets a body it accepts, so only access decides
        RequestSpecification body = route.isApi() ? request.contentType("application/json").body("{}")
                : request.contentType("application/x-www-form-urlencoded").formParam("x", "1");
        return switch (route.method()) {
            case "GET" -> request.accept("*/*").get(path);
            case "POST" -> body.post(path);
            case "PUT" -> body.put(path);
            case "DELETE" -> request.delete(path);
            default -> throw new IllegalArgumentException(route.method());
        };
    }

    @SuppressWarnings("unchecked")
    private static void checkOpenApiPathsAreKnown(List<Route> routes, List<String> problems) {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (String method : ((Map<String, Object>) path.getValue()).keySet()) {
                String upper = method.toUpperCase();
                boolean known = routes.stream().anyMatch(r -> r.method().equals(upper)
                        && r.path().replaceAll("\\{[^}]+}", "{}").equals(path.getKey().replaceAll("\\{[^}]+}", "{}")));
                if (!known && List.of("GET", "POST", "PUT", "DELETE").contains(upper)) {
                    problems.add("OpenAPI lists " + upper + " " + path.getKey() + ", which no resource declares");
                }
            }
        }
    }

    /** The resource methods of the service's own compiled classes. */
    private static List<Route> routes() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target", "classes");
        List<Route> routes = new ArrayList<>();
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("health"))) {
            names = files.map(f -> classes.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - 6).replace('/', '.')).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, EveryRouteIsGuardedTest.class.getClassLoader());
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class)
                        ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("//+", "/");
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                routes.add(new Route(verb, path, role(type, method, path)));
            }
        }
        return routes;
    }

    private static String role(Class<?> type, Method method, String path) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            return lowest(roles.value());
        }
        boolean permitted = method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
        return permitted && OPEN.stream().anyMatch(path::startsWith) ? "open" : null;
    }

    private static String lowest(String[] roles) {
        return Roles.ALL.stream().filter(List.of(roles)::contains).findFirst().orElse("?");
    }
}
