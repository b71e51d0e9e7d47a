package health.commenttriage.reply;

import health.commenttriage.classify.Classifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The linter of the single-practice install, with the practice's own sites and emergency number. */
@ApplicationScoped
public class ReplyLinterProducer {

    @Produces
    @ApplicationScoped
    ReplyLinter linter(Classifier classifier,
            @ConfigProperty(name = "triage.practice.portal-url") Optional<String> portalUrl,
            @ConfigProperty(name = "triage.practice.website") Optional<String> website,
            @ConfigProperty(name = "triage.practice.emergency-number", defaultValue = "911") String emergencyNumber) {
        Set<String> hosts = new HashSet<>();
        portalUrl.map(ReplyLinterProducer::host).ifPresent(hosts::add);
        website.map(ReplyLinterProducer::host).ifPresent(hosts::add);
        return new ReplyLinter(classifier, hosts, emergencyNumber);
    }

    private static String host(String url) {
        String host = URI.create(url.contains("://") ? url : "https://" + url).getHost();
        return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
}
