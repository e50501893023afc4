package app.kneetriage.results;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Empties the {@link SharedPageCache} whenever a result, a deleted-result marker or a
 * return programme is written, so this instance never serves a page older than its own
 * last write. Hibernate creates it through Spring, which injects the cache.
 */
class SharedPageInvalidation {

    private final ObjectProvider<SharedPageCache> cache;

    /**
     * A provider: slices of the app without the web layer (repository tests) have no
     * cache.
     */
    SharedPageInvalidation(ObjectProvider<SharedPageCache> cache) {
        this.cache = cache;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        cache.ifAvailable(SharedPageCache::clear);
    }

}
