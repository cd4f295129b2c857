package io.newsroom.publish.service;

/** What storing one enriched record did. */
public enum StoreOutcome {
    /** A new article. */
    CREATED,
    /** A newer revision replaced the stored one. */
    REVISED,
    /** The same revision again (a redelivery or a replay): nothing changed. */
    UNCHANGED,
    /** An older revision arriving after a newer one: kept out. */
    STALE
}
