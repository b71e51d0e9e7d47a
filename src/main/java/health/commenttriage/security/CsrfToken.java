package health.commenttriage.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The current page request's CSRF token, for the templates ({@code {inject:csrf.value}}). */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    private String value;
    private boolean fresh;

    public String getValue() {
        return value;
    }

    void set(String value, boolean fresh) {
        this.value = value;
        this.fresh = fresh;
    }

    boolean isFresh() {
        return fresh;
    }
}
