package dev.portside.adapters.dynamodb.progress;

/**
 * Name of the progress table. Partition {@code user_id} (tenant#user), sort
 * {@code content_id_certification} (content#cert); GSIs {@code UserCertificationIndex}
 * (tenant#user#cert, content id) and {@code ProgressTimeIndex} (tenant#cert, last-recorded+user+content).
 */
public record ProgressTables(String entries) {

    public static final String PK = "user_id";
    public static final String SK = "content_id_certification";
    public static final String USER_CERT_INDEX = "UserCertificationIndex";
    public static final String USER_CERT_KEY = "user_cert";
    public static final String USER_CERT_SORT = "content_id";
    public static final String TIME_INDEX = "ProgressTimeIndex";
    public static final String TIME_KEY = "cert_key";
    public static final String TIME_SORT = "time_sort";

    public static ProgressTables withPrefix(String prefix) {
        return new ProgressTables(prefix + "progress");
    }
}
