package dev.portside.domain.content;

/** The key of a content item: its id under one certification. */
public record ContentKey(ContentId id, CertificationType certification) {

    @Override
    public String toString() {
        return id.value() + "/" + certification;
    }
}
