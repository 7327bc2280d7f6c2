package dev.portside.application.content;

/** Addresses one item, for get, retire, restore and purge; {@code expectedRevision} is optional except for purge. */
public record ContentRef(String tenant, String contentId, String certification, Long expectedRevision) {

    public static ContentRef of(String tenant, String contentId, String certification) {
        return new ContentRef(tenant, contentId, certification, null);
    }
}
