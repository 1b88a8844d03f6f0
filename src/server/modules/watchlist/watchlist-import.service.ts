import { AppError, type FieldIssue } from '../../../domain/errors.ts';
import type { WatchlistRow } from '../../../engine/batch/watchlist-csv.ts';
import { isSystem, type Actor, type Initiator } from '../../context/actor.ts';
import type { AppDeps } from '../../deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  columnsOf,
  diffColumns,
  normalizeEntryFields,
  type EntryFields,
} from './watchlist-entry-rules.ts';
import {
  allocateRefCodes,
  auditEntry,
  forbidden,
  notifyApprovers,
  officeToday,
  runWrite,
} from './watchlist-governance.ts';
import { approveImportBatchInTransaction } from './watchlist-import-batch.service.ts';
import { computeWatchlistReach } from './watchlist-scope.ts';
import { insertEntries, type NewEntry } from './watchlist.repository.ts';
import {
  importLineTexts,
  type ImportLineError,
  type ParsedWatchlistFile,
} from './watchlist-file.ts';

/** How an import runs. */
export interface ImportOptions {
  /** The listing office of every imported entry. */
  officeId: string;
  /**
   * A second person who approves the batch at once (the CLI's `--approved-by`): another user
   * of the listing office with `watchlist.approve`, checked like an approval from the web app.
   * Without it the entries wait as one proposed batch.
   */
  approvedBy?: Actor;
  /** What the file was (a file name or "upload"), kept as each entry's source reference. */
  sourceLabel: string;
  sharingScope?: EntryFields['sharingScope'];
  sensitivity?: EntryFields['sensitivity'];
  refreshIndex?: boolean;
  /** Called as entries are written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** What an import wrote. */
export interface ImportResult {
  imported: number;
  status: 'proposed' | 'active';
  refCodes: string[];
  /** The import batch a second person approves (or rejects) as a whole. */
  batchId: string;
}

// Field paths of the entry rules, as the columns of the file name them.
const COLUMN_OF: Record<string, string> = {
  names: 'name',
  birthDate: 'birth_date',
  passportNumbers: 'passport_numbers',
  tppoTypes: 'tppo_types',
  reason: 'note',
  birthPlace: 'birth_place',
};

function columnOf(path: string): string {
  const base = path.replace(/\[\d+\]$/, '');
  return COLUMN_OF[base] ?? base;
}

function fieldsOfRow(row: WatchlistRow, options: ImportOptions): EntryFields {
  const e = row.entry;
  return {
    kind: e.kind,
    names: e.names,
    birthDate: e.birthDate ?? null,
    sex: e.sex ?? null,
    nik: e.nik ?? null,
    passportNumbers: e.passportNumbers ?? [],
    phones: e.phones ?? [],
    nationality: e.nationality ?? null,
    birthPlace: e.birthPlace ?? null,
    homeRegionCode: null,
    registrationNumbers: [],
    address: null,
    listing: e.listing,
    tppoTypes: row.tppoTypes,
    reason: row.note,
    sourceType: 'import',
    sourceReference: `${options.sourceLabel}#${e.id}`.slice(0, 500),
    sensitivity: options.sensitivity ?? 'terbatas',
    sharingScope: options.sharingScope ?? 'agreement',
    validUntil: null,
    note: null,
  };
}

/** The refusal of a file with bad rows: every row named, nothing written. */
export function badRowsError(errors: readonly ImportLineError[]): AppError {
  const issues: FieldIssue[] = errors.map((e) => ({
    path: `line ${e.line}`,
    ...importLineTexts(e),
  }));
  return new AppError(
    'validation',
    `Berkas ditolak: ${errors.length} baris bermasalah; tidak ada yang diimpor.`,
    {
      messageEn: `File refused: ${errors.length} bad rows; nothing was imported.`,
      issues,
      lines: errors.map((e) => ({ line: e.line, message: e.message })),
    },
  );
}

/**
 * Imports a parsed watchlist file all or nothing: every row is checked (the engine's row rules,
 * TPPO codes, phones, NIK, the listing reason) and the importer must be of the listing office;
 * any bad row refuses the whole file with every bad row reported. Otherwise one transaction
 * writes every entry as proposed, in one import batch, one audit row per entry plus one for the
 * import. Nobody activates an import alone: a second eligible person approves the batch
 * (approveImportBatch), or, from the CLI, is named as `approvedBy` and checked the same way.
 */
export async function importWatchlist(
  deps: AppDeps,
  initiator: Initiator,
  file: ParsedWatchlistFile,
  options: ImportOptions,
): Promise<ImportResult> {
  const now = deps.clock();
  if (!isSystem(initiator)) {
    const reach = await computeWatchlistReach(deps, initiator, now);
    if (!reach.own.has(options.officeId)) {
      throw forbidden(
        'Impor hanya untuk kantor Anda sendiri.',
        'You can import for your own office only.',
      );
    }
  }
  const { today } = await officeToday(deps.database.db, options.officeId, now);
  const errors: ImportLineError[] = [...file.errors];
  const values: EntryFields[] = [];
  for (const row of file.rows) {
    const { value, issues } = normalizeEntryFields(fieldsOfRow(row, options), today, now);
    if (issues.length > 0) {
      errors.push({
        line: row.line,
        message: issues.map((i) => `${columnOf(i.path)}: ${i.messageEn ?? i.message}`).join('; '),
        messageId: issues.map((i) => `${columnOf(i.path)}: ${i.message}`).join('; '),
      });
    } else values.push(value);
  }
  if (file.rows.length === 0 && errors.length === 0) {
    errors.push({ line: 2, message: 'the file has a header but no entries' });
  }
  if (errors.length > 0) throw badRowsError([...errors].sort((a, b) => a.line - b.line));

  const userId = isSystem(initiator) ? null : initiator.userId;
  const { approvedBy } = options;
  return runWrite(deps, { refreshIndex: options.refreshIndex ?? true }, async (trx) => {
    const refCodes = await allocateRefCodes(trx, today, values.length);
    const batch = await trx
      .insertInto('watchlist_import_batches')
      .values({
        office_id: options.officeId,
        source: options.sourceLabel.slice(0, 500) || 'upload',
        entry_count: values.length,
        first_ref_code: refCodes[0] as string,
        last_ref_code: refCodes.at(-1) as string,
        status: 'proposed',
        proposed_by: userId,
        proposed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows: NewEntry[] = values.map((value, i) => ({
      ...columnsOf(value),
      ref_code: refCodes[i] as string,
      office_id: options.officeId,
      status: 'proposed',
      proposed_by: userId,
      proposed_at: now,
      updated_at: now,
      import_batch_id: batch.id,
    }));
    const ids = await insertEntries(trx, rows);
    for (const [i, id] of ids.entries()) {
      const row = rows[i] as NewEntry;
      const entry = { id, ref_code: row.ref_code, office_id: options.officeId };
      await auditEntry(deps, trx, initiator, entry, 'watchlist.import_entry', {
        status: 'proposed',
        importBatchId: batch.id,
        source: row.source_reference,
        changes: diffColumns({}, row),
      });
      options.onProgress?.(i + 1, ids.length);
    }
    await appendAudit(
      trx,
      initiator,
      {
        action: 'watchlist.import',
        targetType: 'watchlist',
        targetId: options.officeId,
        details: {
          count: ids.length,
          status: 'proposed',
          batchId: batch.id,
          source: options.sourceLabel,
          officeId: options.officeId,
          firstRefCode: refCodes[0] ?? null,
          lastRefCode: refCodes.at(-1) ?? null,
        },
      },
      deps.clock,
    );
    if (approvedBy) {
      await approveImportBatchInTransaction(deps, trx, approvedBy, batch.id, 'import');
      return { imported: ids.length, status: 'active' as const, refCodes, batchId: batch.id };
    }
    const first = ids[0];
    if (first !== undefined) {
      await notifyApprovers(
        trx,
        { id: first, ref_code: refCodes[0] as string, office_id: options.officeId },
        initiator,
        {
          kind: 'watchlist.approval_needed',
          title: `${ids.length} usulan impor daftar pengawasan menunggu persetujuan`,
          body: `${options.sourceLabel}: ${refCodes[0]} s.d. ${refCodes.at(-1)}`,
          link: `/watchlist?status=proposed&office=${options.officeId}`,
        },
      );
    }
    return { imported: ids.length, status: 'proposed' as const, refCodes, batchId: batch.id };
  });
}
