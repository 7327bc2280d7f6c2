package dev.portside.application.content;

import java.time.Instant;

/** The listing queries of the catalog; {@code cursor} is null for the first page. */
public sealed interface ContentListing {

    String tenant();

    int limit();

    String cursor();

    record ByCertification(String tenant, String certification, int limit, String cursor) implements ContentListing {
    }

    /** {@code certification} may be null for every certification. */
    record ByCategory(String tenant, String category, String certification, int limit, String cursor)
            implements ContentListing {
    }

    /** Items created in {@code [from, to)}. */
    record ByType(String tenant, String contentType, Instant from, Instant to, int limit, String cursor)
            implements ContentListing {
    }

    record History(String tenant, String contentId, String certification, int limit, String cursor)
            implements ContentListing {
    }
}
