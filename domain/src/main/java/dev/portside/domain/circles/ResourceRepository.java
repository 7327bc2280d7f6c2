package dev.portside.domain.circles;

/** Resources of a tenant, with the usual create/save revision rules; listed by id. */
public interface ResourceRepository extends DirectoryRepository<Resource, ResourceId> {
}
