package org.golive.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;

/** The demo users as Spring Security sees them, and the encoder for their password and the clients' secrets. */
@Configuration(proxyBeanMethods = false)
class DemoUserDirectory {

    /** Delegating, so that stored hashes name their algorithm ({bcrypt}…) and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(DemoUsers users, PasswordEncoder passwordEncoder) {
        // Hashed once: bcrypt is slow on purpose, and every demo user shares the password.
        String hash = passwordEncoder.encode(users.getPassword());
        List<UserDetails> details = users.getAccounts().stream()
                .map(account -> User.withUsername(account.username())
                        .password(hash)
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(details);
    }
}
