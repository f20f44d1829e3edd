package org.golive.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The one client registration, {@code golive}, read from the provider's discovery document at the first sign-in
 * rather than at start-up: the gateway starts (and serves bearer callers) while the provider is still starting or
 * away, and a sign-in while it is away answers 503 and is tried again at the next one.
 */
final class SignInRegistration implements ReactiveClientRegistrationRepository {

    static final String ID = "golive";

    private final SignInProperties signIn;
    private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

    SignInRegistration(SignInProperties signIn) {
        this.signIn = signIn;
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return Mono.empty();
        }
        ClientRegistration known = discovered.get();
        if (known != null) {
            return Mono.just(known);
        }
        return Mono.fromCallable(this::discover)
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(e -> !(e instanceof ResponseStatusException), e -> new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE, "The identity provider cannot be reached", e))
                .doOnNext(registration -> discovered.compareAndSet(null, registration));
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder registration = new ProviderDiscovery(signIn.issuerUri(), signIn.backChannelUri())
                .registration(ID)
                .clientId(signIn.clientId())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(signIn.scopes())
                // PKCE for the confidential client too (OAuth 2.1); a public client always uses it.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (signIn.confidential()) {
            registration.clientSecret(signIn.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        } else {
            registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return registration.build();
    }
}
