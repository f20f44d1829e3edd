package org.golive.platform.security;

import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service's access rules, one per endpoint: which roles may call it. Anything without a rule is refused (403), so
 * an endpoint added without a rule cannot be used until someone decides who may use it, and a test that lists every
 * endpoint of the service fails meanwhile. A service may have several: the platform adds its own endpoints' rules
 * (parked events of the outbox and of the consumers) as beans of their own, and the filter chain takes them all.
 */
public final class EndpointRules {

    /**
     * One rule: a method and an Ant-style path pattern, and the roles allowed. No role at all means public: a call
     * without a token gets through (the endpoint authenticates by other means, e.g. an acknowledgement link's token).
     */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    private final List<Rule> rules;

    private EndpointRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Rule> rules() {
        return rules;
    }

    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        public Builder get(String pattern, Role... roles) {
            return add(HttpMethod.GET, pattern, roles);
        }

        public Builder post(String pattern, Role... roles) {
            return add(HttpMethod.POST, pattern, roles);
        }

        public Builder put(String pattern, Role... roles) {
            return add(HttpMethod.PUT, pattern, roles);
        }

        public Builder patch(String pattern, Role... roles) {
            return add(HttpMethod.PATCH, pattern, roles);
        }

        public Builder delete(String pattern, Role... roles) {
            return add(HttpMethod.DELETE, pattern, roles);
        }

        /**
         * An endpoint anyone may call without signing in. Only for an endpoint that checks a secret of its own in
         * the request (a single-use link token): say in a comment why it must be public.
         */
        public Builder publicly(HttpMethod method, String pattern) {
            rules.add(new Rule(method, pattern, EnumSet.noneOf(Role.class)));
            return this;
        }

        private Builder add(HttpMethod method, String pattern, Role... roles) {
            if (roles.length == 0) {
                throw new IllegalArgumentException("A rule for " + method + " " + pattern + " names no role");
            }
            rules.add(new Rule(method, pattern, EnumSet.copyOf(Arrays.asList(roles))));
            return this;
        }

        public EndpointRules build() {
            return new EndpointRules(rules);
        }
    }
}
