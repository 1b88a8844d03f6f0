import { sql, type Kysely } from 'kysely';

/**
 * Audit chain format 2: the database chains each row at commit.
 *
 * Format 1 (every row written before this migration) took the chain's advisory lock in the
 * middle of the writer's transaction, read the last row, hashed in Node and inserted: the lock
 * stayed held over four round trips and every concurrent writer queued behind it.
 *
 * Now a writer inserts one row into `audit_pending`: the row's content, serialised by Node as
 * canonical JSON (everything but `seq` and `prev_hash`). A deferred constraint trigger seals it
 * when the writer's transaction commits: it takes the same advisory lock (older nodes in a
 * rolling upgrade still serialise with it), reads the last row, inserts the audit row with
 * `hash = sha256(prev_hash || '\n' || seq || '\n' || body)` and format 2, and removes the pending
 * row. The lock is therefore held only while the commit itself runs, never while the database
 * waits for the client. A rolled-back transaction leaves nothing; a seal that fails fails the
 * commit, so the change and its audit row are written together or not at all.
 *
 * The columns are taken from the very text that is hashed, so what is stored is what was
 * chained. `chain_format` tells verification which formula each row uses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_log
      ADD COLUMN chain_format smallint NOT NULL DEFAULT 1
      CONSTRAINT audit_log_chain_format_known CHECK (chain_format IN (1, 2))`.execute(db);

  // Rows live here only inside their writer's transaction: no WAL is needed for them.
  await sql`
    CREATE UNLOGGED TABLE audit_pending (
      id bigserial PRIMARY KEY,
      body text NOT NULL
    )`.execute(db);

  // 7270121 is the chain's advisory lock key, shared with format 1 writers.
  await sql`
    CREATE FUNCTION audit_pending_seal() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
    DECLARE
      content jsonb := NEW.body::jsonb;
      last_seq bigint;
      last_hash text;
      next_seq bigint;
    BEGIN
      IF jsonb_typeof(content) IS DISTINCT FROM 'array' OR jsonb_array_length(content) <> 10 THEN
        RAISE EXCEPTION 'audit_pending row % is not an audit body', NEW.id
          USING ERRCODE = 'invalid_parameter_value';
      END IF;
      PERFORM pg_advisory_xact_lock(7270121);
      SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
      next_seq := coalesce(last_seq, 0) + 1;
      last_hash := coalesce(last_hash, repeat('0', 64));
      INSERT INTO audit_log (
        seq, at, actor_user_id, actor_username, office_id, action, target_type, target_id,
        reason, request_id, details, prev_hash, hash, chain_format
      ) VALUES (
        next_seq,
        (content->>0)::timestamptz,
        (content->>1)::uuid,
        content->>2,
        (content->>3)::uuid,
        content->>4,
        content->>5,
        content->>6,
        content->>7,
        content->>8,
        content->9,
        last_hash,
        encode(sha256(convert_to(last_hash || E'\n' || next_seq::text || E'\n' || NEW.body, 'UTF8')), 'hex'),
        2
      );
      DELETE FROM audit_pending WHERE id = NEW.id;
      RETURN NULL;
    END
    $$`.execute(db);

  await sql`
    CREATE CONSTRAINT TRIGGER audit_pending_seal AFTER INSERT ON audit_pending
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_pending_seal()`.execute(db);
}
