package dev.portside.domain.kernel;

/**
 * An aggregate or entry that carries the tenant it belongs to. A port saves such a value without a second
 * tenant argument: the tenant it writes under is always the one the value carries.
 */
public interface TenantOwned {

    TenantId tenant();
}
