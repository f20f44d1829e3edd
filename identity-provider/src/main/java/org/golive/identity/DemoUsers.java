package org.golive.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo users who sign in with the login form, under {@code golive.identity.users}; one shared password, since
 * these accounts exist only to show each role's view of Golive. Defaults live here for the same reason as the
 * clients' (see {@link ClientProperties}).
 */
@ConfigurationProperties("golive.identity.users")
class DemoUsers {

    /** No default: the {@code demo} profile brings the demo password, a deployment sets its own. */
    private String password;
    private List<Account> accounts = new ArrayList<>(List.of(
            new Account("admin", "Ada Admin", "admin@golive.example", List.of("PMO_ADMIN")),
            new Account("pm.north", "Noor North", "pm.north@golive.example", List.of("PROJECT_MANAGER")),
            new Account("pm.lake", "Leo Lake", "pm.lake@golive.example", List.of("PROJECT_MANAGER")),
            new Account("finance", "Fiona Finance", "finance@golive.example", List.of("FINANCE")),
            new Account("contributor", "Cai Contributor", "contributor@golive.example", List.of("CONTRIBUTOR")),
            new Account("viewer", "Vera Viewer", "viewer@golive.example", List.of("VIEWER"))));

    /** Roles are Golive's role names, without Spring Security's {@code ROLE_} prefix. */
    record Account(String username, String name, String email, List<String> roles) {
    }

    Optional<Account> find(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public void setAccounts(List<Account> accounts) {
        this.accounts = accounts;
    }
}
