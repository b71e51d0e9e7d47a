package health.commenttriage.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small OpenID Connect issuer on loopback for the single sign-on tests: discovery, keys, an
 * authorization endpoint that logs in a fixed user at once, and a token endpoint. Tokens are real
 * RS256 JWTs signed with a key made for the run.
 */
public class FakeOidcIssuer implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "comment-triage";
    static final String CLIENT_SECRET = "test-client-secret";
    /** Who the authorization endpoint logs in, and their groups. */
    static final String SSO_USER = "sso-supervisor";
    static final List<String> SSO_GROUPS = List.of("triage-supervisors");

    private static final KeyPair KEYS = keys();
    private static final KeyPair OTHER_KEYS = keys();
    private static String issuer;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
        server.createContext("/realms/test/.well-known/openid-configuration", e -> json(e, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize",
                 "token_endpoint":"%1$s/token","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer)));
        server.createContext("/realms/test/jwks", e -> {
            RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            json(e, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + b64.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                    + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}]}");
        });
        server.createContext("/realms/test/authorize", e -> {
            Map<String, String> query = form(e.getRequestURI().getRawQuery());
            e.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=fixed-code&state="
                    + query.get("state"));
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        server.createContext("/realms/test/token", e -> {
            String token = token(SSO_USER, SSO_GROUPS);
            json(e, "{\"access_token\":\"" + token + "\",\"id_token\":\"" + token
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        });
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("TRIAGE_OIDC_ISSUER", issuer);
        config.put("TRIAGE_OIDC_CLIENT_ID", CLIENT_ID);
        config.put("TRIAGE_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        config.put("TRIAGE_OIDC_ROLE_MAP", "triage-supervisors=supervisor,triage-front-desk=staff,triage-admins=admin");
        config.put("TRIAGE_OIDC_PRACTICE_MAP", "triage-main-desk=main,triage-north-desk=sso-north");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** An access token of this issuer for the user with these groups. */
    static String token(String user, List<String> groups) {
        return sign(user, groups, KEYS.getPrivate());
    }

    /** A token that looks right but is signed with a key the issuer never published. */
    static String forgedToken(String user, List<String> groups) {
        return sign(user, groups, OTHER_KEYS.getPrivate());
    }

    private static String sign(String user, List<String> groups, PrivateKey key) {
        return Jwt.issuer(issuer).subject(user).claim("preferred_username", user).audience(CLIENT_ID)
                .claim("azp", CLIENT_ID).groups(Set.copyOf(groups)).expiresIn(300).jws().keyId("k1").sign(key);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : (raw == null ? "" : raw).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static URI issuerUri() {
        return URI.create(issuer);
    }
}
