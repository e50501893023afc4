package app.kneetriage.system;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where the rate-limit counters live: in PostgreSQL, so that every instance on the same
 * database counts together, or in memory on the embedded H2 default (one instance). A
 * counter is dropped once its bucket is full again, so neither store grows with the
 * number of addresses seen.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    /**
     * A bucket that is full again is the same as a new one, so it is dropped 10 s after
     * that.
     */
    private static final ExpirationAfterWriteStrategy DROP_WHEN_FULL = ExpirationAfterWriteStrategy
        .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    @Bean
    ProxyManager<String> rateLimitBuckets(DataSource dataSource, DatabaseKind database) {
        if (database.isPostgres()) {
            log.info("Rate limits are counted in the database, across instances");
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(DROP_WHEN_FULL)
                .build();
        }
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
            .expirationAfterWrite(DROP_WHEN_FULL)
            .build();
    }

    /** After the forwarded-header filter, before Spring Security. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ProxyManager<String> rateLimitBuckets,
            KneeTriageProperties settings, MessageSource messages, MeterRegistry meters,
            ObjectProvider<UrlPolicy> policies) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(
                rateLimitBuckets, settings.rateLimit(), messages, meters, new UrlPolicies(policies)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ExpiredBucketCleaner expiredBucketCleaner(ProxyManager<String> rateLimitBuckets) {
        return new ExpiredBucketCleaner(rateLimitBuckets);
    }

    /**
     * Deletes full buckets from the database table now and then; safe on every instance
     * at once, since bucket4j skips rows another instance holds.
     */
    static class ExpiredBucketCleaner {

        private final ProxyManager<String> buckets;

        ExpiredBucketCleaner(ProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
        void removeExpired() {
            if (buckets instanceof PostgreSQLSelectForUpdateBasedProxyManager<String> database) {
                int removed;
                do {
                    removed = database.removeExpired(1000);
                }
                while (removed == 1000);
            }
        }

    }

}
