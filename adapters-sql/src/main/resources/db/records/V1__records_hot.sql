create table records_hot (
    tenant        text collate "C"        not null,
    id            text collate "C"        not null,
    source_data   text                    not null,
    mapped_data   text                    not null,
    model_version text collate "C"        not null,
    ts            timestamptz             not null,
    metadata      jsonb                   not null,
    content_hash  char(64)                not null,
    retain_until  timestamptz             not null,
    primary key (tenant, id)
);

create index records_hot_model_time on records_hot (tenant, model_version, ts, id);
create index records_hot_time on records_hot (tenant, ts, id);
create index records_hot_metadata on records_hot using gin (metadata jsonb_path_ops);
