package app.kneetriage.results;

/**
 * What a share link finds. {@link Found#GONE} covers revoked, expired and deleted alike,
 * so a reader learns nothing more than "this is no longer shared".
 */
public record SharedLookup(Found found, StoredResult result) {

    public enum Found {

        SHARED, GONE, NOT_FOUND

    }

    static SharedLookup shared(StoredResult result) {
        return new SharedLookup(Found.SHARED, result);
    }

    static SharedLookup gone() {
        return new SharedLookup(Found.GONE, null);
    }

    static SharedLookup notFound() {
        return new SharedLookup(Found.NOT_FOUND, null);
    }
}
