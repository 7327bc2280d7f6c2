package dev.portside.adapters.dynamodb.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.progress.DynamoProgressProvisioner;
import dev.portside.adapters.dynamodb.progress.ProgressTables;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoProvisionerTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Test
    void provisioning_creates_the_seed_tables_and_indexes_and_is_idempotent() {
        var client = BACKEND.client();
        String prefix = DynamoDbBackend.uniquePrefix();
        var content = new DynamoContentProvisioner(client, ContentTables.withPrefix(prefix));
        var progress = new DynamoProgressProvisioner(client, ProgressTables.withPrefix(prefix));
        assertThat(content.provision().get()).contains("created");
        assertThat(progress.provision().get()).contains("created");
        assertThat(content.provision().get()).doesNotContain("created");
        assertThat(progress.provision().get()).doesNotContain("created");
        var table = client.describeTable(b -> b.tableName(prefix + "content")).table();
        assertThat(table.keySchema()).extracting(k -> k.attributeName()).containsExactly("content_id", "certification_type");
        assertThat(table.globalSecondaryIndexes()).extracting(i -> i.indexName())
                .contains("CertificationTypeIndex", "ContentTypeIndex");
        var entries = client.describeTable(b -> b.tableName(prefix + "progress")).table();
        assertThat(entries.keySchema()).extracting(k -> k.attributeName()).containsExactly("user_id", "content_id_certification");
        assertThat(entries.globalSecondaryIndexes()).extracting(i -> i.indexName())
                .contains("UserCertificationIndex", "ProgressTimeIndex");
    }
}
