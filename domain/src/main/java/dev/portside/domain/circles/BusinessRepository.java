package dev.portside.domain.circles;

/** Businesses of a tenant, with the usual create/save revision rules; listed by id. */
public interface BusinessRepository extends DirectoryRepository<Business, BusinessId> {
}
