package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.support.TableProvisioner;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Index;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Table;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Creates the community single table (PK/SK, on-demand billing) with GSI1..GSI4 ({@code GSInPK}/{@code GSInSK},
 * all attributes projected) and waits until it is active. Idempotent: an existing table is left as it is.
 */
public final class DynamoCirclesProvisioner implements Provisioner {

    private final CirclesTable table;

    public DynamoCirclesProvisioner(CirclesTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "dynamodb table " + table.name + " (circles)";
    }

    @Override
    public Either<Problem, String> provision() {
        return new TableProvisioner(table.client).ensure(List.of(Table.of(table.name, Keys.PK, Keys.SK,
                IntStream.rangeClosed(1, 4).mapToObj(i -> new Index("GSI" + i, "GSI" + i + "PK", "GSI" + i + "SK"))
                        .toList())));
    }
}
