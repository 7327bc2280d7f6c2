package dev.portside.archfixtures.broken.adapters.sql.gamma;

import dev.portside.archfixtures.broken.application.gamma.UseCaseUsingTheSdk;

/** Breaks: adapters depend on no application code. */
public class RowsUsingTheApplication {
    UseCaseUsingTheSdk useCase;
}
