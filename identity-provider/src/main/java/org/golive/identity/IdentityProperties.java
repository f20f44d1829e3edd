package org.golive.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.nio.file.Path;

/**
 * What the provider puts in every token and signs it with, under {@code golive.identity}.
 *
 * @param audience           added to every access token's {@code aud}; Golive's services accept no token without it
 * @param signingKeyLocation an RSA private key (PKCS#8 PEM) to sign with; without it a key pair is generated at
 *                           start-up, and tokens do not survive a restart nor verify against another instance
 * @param signingKeyFile     where to keep a key generated on the first start and read on the next ones (the local
 *                           stack's data folder), when no {@code signingKeyLocation} is given
 */
@ConfigurationProperties("golive.identity")
record IdentityProperties(@DefaultValue("golive") String audience, Resource signingKeyLocation, Path signingKeyFile) {
}
