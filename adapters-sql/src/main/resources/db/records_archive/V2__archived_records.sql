create schema records_archive;

create table records_archive.archived_records (
    tenant         text collate "C" not null,
    id             text collate "C" not null,
    day            date             not null,
    model_version  text             not null,
    ts             timestamptz      not null,
    metadata       jsonb            not null,
    content_hash   char(64)         not null,
    format_version integer          not null,
    key_id         text             not null,
    wrapped_key    bytea            not null,
    record_bound   boolean          not null,
    iv             bytea            not null,
    ciphertext     bytea            not null,
    retain_until   timestamptz      not null,
    legal_hold     boolean          not null default false,
    archived_at    timestamptz      not null default now(),
    primary key (tenant, id)
);

create index archived_records_day on records_archive.archived_records (tenant, day, id);

-- WORM in the database itself, for every role including the owner: a row is inserted locked until a future
-- retain-until; its content never changes; retain-until only moves later; a row is deleted only once
-- retain-until has passed and no legal hold is set; the table is never truncated.
create function records_archive.refuse_worm_violation() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.retain_until <= now() then
            raise exception 'records archive: retain-until must be in the future' using errcode = 'PSW01';
        end if;
        return new;
    elsif tg_op = 'UPDATE' then
        if (new.tenant, new.id, new.day, new.model_version, new.ts, new.metadata, new.content_hash,
            new.format_version, new.key_id, new.wrapped_key, new.record_bound, new.iv, new.ciphertext,
            new.archived_at)
           is distinct from
           (old.tenant, old.id, old.day, old.model_version, old.ts, old.metadata, old.content_hash,
            old.format_version, old.key_id, old.wrapped_key, old.record_bound, old.iv, old.ciphertext,
            old.archived_at) then
            raise exception 'records archive: an archived record is write-once' using errcode = 'PSW01';
        end if;
        if new.retain_until < old.retain_until then
            raise exception 'records archive: retention can only be extended' using errcode = 'PSW01';
        end if;
        return new;
    elsif tg_op = 'DELETE' then
        if old.legal_hold or now() < old.retain_until then
            raise exception 'records archive: the record is locked until its retain-until or under legal hold'
                using errcode = 'PSW01';
        end if;
        return old;
    end if;
    raise exception 'records archive: % is refused', tg_op using errcode = 'PSW01';
end
$$;

create trigger archived_records_worm before insert or update or delete on records_archive.archived_records
    for each row execute function records_archive.refuse_worm_violation();
create trigger archived_records_no_truncate before truncate on records_archive.archived_records
    for each statement execute function records_archive.refuse_worm_violation();

revoke all on schema records_archive from public;
revoke all on table records_archive.archived_records from public;
revoke all on function records_archive.refuse_worm_violation() from public;
grant usage on schema records_archive to portside_archive_writer;
grant select, insert, delete on table records_archive.archived_records to portside_archive_writer;
grant update (retain_until, legal_hold) on table records_archive.archived_records to portside_archive_writer;

alter function records_archive.refuse_worm_violation() owner to portside_archive_owner;
alter table records_archive.archived_records owner to portside_archive_owner;
alter schema records_archive owner to portside_archive_owner;
