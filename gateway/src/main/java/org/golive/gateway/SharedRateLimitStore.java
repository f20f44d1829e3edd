package org.golive.gateway;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The rate limits' buckets in Redis, so that several gateway replicas count each caller and address together: the
 * same keys, capacities and answers (429, Retry-After) as one instance, whichever replica a request reaches.
 *
 * <p><b>When Redis does not answer</b> (refused, or not within the store timeout) the request is counted in this
 * instance's own buckets, as with {@code RATE_LIMIT_STORE=local}: each replica then lets a caller have its full
 * allowance until Redis is back. Neither open (a flood passes unlimited) nor closed (every request refused, or a 500):
 * a blip of the store costs at most a replica-count multiple of the limit for its duration. Each such request counts
 * in {@code golive_gateway_rate_limit_store_unavailable_total}.
 */
final class SharedRateLimitStore implements RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimitStore.class);

    private final RedisProxyManager redis;
    private final Duration timeout;
    private final Counter unavailable;
    private final AtomicBoolean degraded = new AtomicBoolean();

    SharedRateLimitStore(RedisProxyManager redis, Duration timeout, MeterRegistry meters) {
        this.redis = redis;
        this.timeout = timeout;
        this.unavailable = Counter.builder("golive.gateway.rate.limit.store.unavailable")
                .description("Requests counted in the gateway instance because the shared rate-limit store did not "
                        + "answer")
                .register(meters);
    }

    @Override
    public RateBuckets buckets(String limit, long capacity, Duration refillPeriod) {
        return new SharedBuckets("golive:rate-limit:" + limit + ":",
                TokenBuckets.configuration(capacity, refillPeriod), new TokenBuckets(capacity, refillPeriod));
    }

    @Override
    public void close() {
        redis.close();
    }

    private final class SharedBuckets implements RateBuckets {

        private final String prefix;
        private final BucketConfiguration configuration;
        private final TokenBuckets inThisInstance;

        SharedBuckets(String prefix, BucketConfiguration configuration, TokenBuckets inThisInstance) {
            this.prefix = prefix;
            this.configuration = configuration;
            this.inThisInstance = inThisInstance;
        }

        @Override
        public Mono<ConsumptionProbe> take(String key) {
            return Mono.fromCompletionStage(() -> onBucket(key, bucket -> bucket.tryConsumeAndReturnRemaining(1)))
                    .timeout(timeout)
                    .doOnNext(probe -> recovered())
                    .onErrorResume(error -> {
                        storeFailed(error);
                        return inThisInstance.take(key);
                    });
        }

        @Override
        public void giveBack(String key) {
            Mono.fromCompletionStage(() -> onBucket(key, bucket -> bucket.addTokens(1)))
                    .timeout(timeout)
                    .onErrorResume(error -> {
                        inThisInstance.giveBack(key);
                        return Mono.empty();
                    })
                    .subscribe();
        }

        private <T> CompletableFuture<T> onBucket(String key, Function<AsyncBucketProxy, CompletableFuture<T>> use) {
            return redis.manager().thenCompose((AsyncProxyManager<String> buckets) -> use.apply(buckets.builder()
                    .build(prefix + key, () -> CompletableFuture.completedFuture(configuration))));
        }
    }

    private void storeFailed(Throwable error) {
        unavailable.increment();
        if (degraded.compareAndSet(false, true)) {
            log.warn("The shared rate-limit store (Redis) did not answer ({}); counting requests in this gateway "
                    + "instance until it does", error.toString());
        }
    }

    private void recovered() {
        if (degraded.compareAndSet(true, false)) {
            log.info("The shared rate-limit store (Redis) answers again; rate limits are shared across replicas");
        }
    }
}
