-- The payload of a hot row is sealed like the archive's: the envelope's parts as columns, source and mapped data
-- gone. Rows written before stay readable in clear until `portside records seal-hot` seals them in place; a row
-- holds exactly one of the two shapes.
alter table records_hot
    alter column source_data drop not null,
    alter column mapped_data drop not null,
    add column format_version integer,
    add column key_id         text,
    add column wrapped_key    bytea,
    add column record_bound   boolean,
    add column iv             bytea,
    add column ciphertext     bytea,
    add constraint records_hot_one_payload check (
        (ciphertext is null and source_data is not null and mapped_data is not null
            and format_version is null and key_id is null and wrapped_key is null and record_bound is null and iv is null)
        or (ciphertext is not null and source_data is null and mapped_data is null
            and format_version is not null and key_id is not null and wrapped_key is not null
            and record_bound is not null and iv is not null));
