package app.kneetriage.results;

import java.time.Instant;

/**
 * What a share link finds. {@link Found#GONE} covers revoked, expired and deleted alike,
 * so a reader learns nothing more than "this is no longer shared". {@code expiresAt} is
 * when a shared link stops working, {@code null} for never.
 */
public record SharedLookup(Found found, StoredResult result, Instant expiresAt, Long resultId) {

    public enum Found {

        SHARED, GONE, NOT_FOUND

    }

    static SharedLookup shared(StoredResult result, Instant expiresAt, long resultId) {
        return new SharedLookup(Found.SHARED, result, expiresAt, resultId);
    }

    static SharedLookup gone() {
        return new SharedLookup(Found.GONE, null, null, null);
    }

    static SharedLookup notFound() {
        return new SharedLookup(Found.NOT_FOUND, null, null, null);
    }
}
