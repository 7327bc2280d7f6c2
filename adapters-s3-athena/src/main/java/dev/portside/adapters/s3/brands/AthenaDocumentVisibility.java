package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Confirms a written document is visible to Athena by counting it through its table. */
public final class AthenaDocumentVisibility implements DocumentVisibility {

    private final AthenaQueryRunner runner;
    private final BrandQueries queries;

    public AthenaDocumentVisibility(AthenaQueryRunner runner, BrandQueries queries) {
        this.runner = runner;
        this.queries = queries;
    }

    @Override
    public Either<Problem, Boolean> confirm(TenantId tenant, String kind, String id) {
        return runner.run(queries.visible(tenant, kind, id))
                .flatMap(execution -> runner.rows(execution, Option.none(), 1))
                .flatMap(rows -> rows.rows().isEmpty() || !"1".equals(rows.rows().get(0).get(0))
                        ? Either.left(new Problem.Unavailable(Guard.ATHENA.backend(), true,
                                kind + " " + id + " is not visible to Athena yet"))
                        : Either.right(true));
    }
}
