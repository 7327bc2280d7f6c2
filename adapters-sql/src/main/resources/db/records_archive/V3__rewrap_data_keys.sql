-- A key rotation re-wraps a record's data key under the current master key: the wrapping (key_id, wrapped_key)
-- may change, the record itself (ciphertext, iv, hash, metadata, ...) stays write-once.
create or replace function records_archive.refuse_worm_violation() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.retain_until <= now() then
            raise exception 'records archive: retain-until must be in the future' using errcode = 'PSW01';
        end if;
        return new;
    elsif tg_op = 'UPDATE' then
        if (new.tenant, new.id, new.day, new.model_version, new.ts, new.metadata, new.content_hash,
            new.format_version, new.record_bound, new.iv, new.ciphertext,
            new.archived_at)
           is distinct from
           (old.tenant, old.id, old.day, old.model_version, old.ts, old.metadata, old.content_hash,
            old.format_version, old.record_bound, old.iv, old.ciphertext,
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

grant update (key_id, wrapped_key) on table records_archive.archived_records to portside_archive_writer;
