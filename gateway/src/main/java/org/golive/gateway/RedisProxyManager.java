package org.golive.gateway;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j's view of the buckets in Redis, over one Lettuce connection opened at first use. A gateway starts and
 * answers while Redis is away: a failed connect is tried again at most once a {@link #RECONNECT_EVERY}; once
 * connected, Lettuce reconnects by itself as often (not its default back-off of up to 30 s: the limits are shared
 * again within a second of Redis's return), and commands sent meanwhile fail at once instead of queueing.
 */
final class RedisProxyManager implements AutoCloseable {

    static final Duration RECONNECT_EVERY = Duration.ofSeconds(1);

    /** A bucket's key is dropped this long after it would have been full again: nothing is left to remember. */
    private static final Duration KEPT_AFTER_FULL = Duration.ofSeconds(10);

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private CompletableFuture<AsyncProxyManager<String>> manager;
    private StatefulRedisConnection<String, byte[]> connection;
    private long lastAttemptNanos;

    RedisProxyManager(RedisAddress address, Duration timeout) {
        RedisURI.Builder uri = RedisURI.builder().withHost(address.host()).withPort(address.port())
                .withSsl(address.ssl().enabled()).withTimeout(timeout);
        if (address.password() != null && !address.password().isEmpty()) {
            uri = address.username() == null || address.username().isEmpty()
                    ? uri.withPassword(address.password().toCharArray())
                    : uri.withAuthentication(address.username(), address.password());
        }
        this.uri = uri.build();
        this.resources = ClientResources.builder().reconnectDelay(Delay.constant(RECONNECT_EVERY)).build();
        this.client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
    }

    /** The proxy manager once connected; a failed future while Redis cannot be reached. */
    synchronized CompletableFuture<AsyncProxyManager<String>> manager() {
        boolean failed = manager != null && manager.isCompletedExceptionally();
        if (manager == null || failed && System.nanoTime() - lastAttemptNanos > RECONNECT_EVERY.toNanos()) {
            lastAttemptNanos = System.nanoTime();
            manager = client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri)
                    .toCompletableFuture()
                    .thenApply(this::proxyManager);
        }
        return manager;
    }

    private synchronized AsyncProxyManager<String> proxyManager(StatefulRedisConnection<String, byte[]> opened) {
        connection = opened;
        return Bucket4jLettuce.casBasedBuilder(opened.async())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_FULL))
                .build()
                .asAsync();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
