-- An execution ARN names at most one execution of a tenant; lookups by ARN use this index.
CREATE UNIQUE INDEX brand_executions_by_arn ON brand_executions (tenant, execution_arn)
    WHERE execution_arn IS NOT NULL;
