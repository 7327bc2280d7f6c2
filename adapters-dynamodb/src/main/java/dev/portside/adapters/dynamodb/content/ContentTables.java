package dev.portside.adapters.dynamodb.content;

/**
 * Names of the content tables. Items: partition {@code content_id} (tenant#id), sort
 * {@code certification_type}; GSIs {@code CertificationTypeIndex} (tenant#cert, category+id),
 * {@code CategoryIndex} (tenant#category, id+cert) and {@code ContentTypeIndex} (tenant#type,
 * created+id+cert), all sparse (active items only). History: partition {@code item_key}, sort {@code version_key}.
 */
public record ContentTables(String items, String history) {

    public static final String PK = "content_id";
    public static final String SK = "certification_type";
    public static final String CERT_INDEX = "CertificationTypeIndex";
    public static final String CERT_KEY = "cert_key";
    public static final String CERT_SORT = "cert_sort";
    public static final String CATEGORY_INDEX = "CategoryIndex";
    public static final String CATEGORY_KEY = "category_key";
    public static final String CATEGORY_SORT = "category_sort";
    public static final String TYPE_INDEX = "ContentTypeIndex";
    public static final String TYPE_KEY = "type_key";
    public static final String TYPE_SORT = "type_sort";
    public static final String HISTORY_PK = "item_key";
    public static final String HISTORY_SK = "version_key";

    public static ContentTables withPrefix(String prefix) {
        return new ContentTables(prefix + "content", prefix + "content-history");
    }
}
