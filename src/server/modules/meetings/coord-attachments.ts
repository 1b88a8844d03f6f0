import type { Kysely } from 'kysely';
import { AppError, invalidField } from '../../../domain/errors.ts';
import type { DB } from '../../db/schema.ts';
import type { AttachmentUpload } from './meetings.schema.ts';

/** The largest file accepted: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** An attachment's metadata as the API shows it. */
export interface AttachmentView {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

/** What an attachment belongs to. */
export type AttachmentOwner = 'meeting' | 'action_item' | 'bulletin';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes an upload and checks it: valid base64, not empty, at most 10 MB. `path` names the
 * field in errors (e.g. `evidenceAttachment.dataBase64`).
 */
export function decodeUpload(upload: AttachmentUpload, path: string): Buffer {
  const text = upload.dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw invalidField(
      path,
      'Isi berkas bukan base64 yang valid.',
      'The file is not valid base64.',
    );
  }
  const data = Buffer.from(text, 'base64');
  if (data.length === 0) {
    throw invalidField(path, 'Berkas kosong.', 'The file is empty.');
  }
  if (data.length > MAX_ATTACHMENT_BYTES) {
    throw invalidField(
      path,
      'Berkas melebihi batas 10 MB.',
      `The file exceeds the 10 MB limit (${data.length} bytes).`,
    );
  }
  return data;
}

/** Stores a decoded file; returns its metadata. */
export async function insertAttachment(
  db: Kysely<DB>,
  owner: { type: AttachmentOwner; id: string },
  upload: Pick<AttachmentUpload, 'name' | 'contentType'>,
  data: Buffer,
  uploadedBy: string | null,
  at: Date,
): Promise<AttachmentView> {
  const row = await db
    .insertInto('coord_attachments')
    .values({
      owner_type: owner.type,
      owner_id: owner.id,
      name: upload.name,
      content_type: upload.contentType,
      size_bytes: data.length,
      data,
      uploaded_by: uploadedBy,
      created_at: at,
    })
    .returning(['id', 'name', 'content_type', 'size_bytes', 'created_at'])
    .executeTakeFirstOrThrow();
  return toAttachmentView(row);
}

/** The metadata of an attachment row. */
export function toAttachmentView(row: {
  id: string;
  name: string;
  content_type: string;
  size_bytes: number;
  created_at: Date;
}): AttachmentView {
  return {
    id: row.id,
    name: row.name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at.toISOString(),
  };
}

/** The metadata of every attachment of some owners, keyed by owner id. */
export async function listAttachments(
  db: Kysely<DB>,
  type: AttachmentOwner,
  ownerIds: readonly string[],
): Promise<Map<string, AttachmentView[]>> {
  const out = new Map<string, AttachmentView[]>();
  if (ownerIds.length === 0) return out;
  const rows = await db
    .selectFrom('coord_attachments')
    .select(['id', 'owner_id', 'name', 'content_type', 'size_bytes', 'created_at'])
    .where('owner_type', '=', type)
    .where('owner_id', 'in', ownerIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = out.get(row.owner_id) ?? [];
    list.push(toAttachmentView(row));
    out.set(row.owner_id, list);
  }
  return out;
}

/** One attachment with its bytes, or a not-found error. */
export async function loadAttachment(db: Kysely<DB>, id: string) {
  const row = await db
    .selectFrom('coord_attachments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('not_found', 'Lampiran tidak ditemukan.', {
      messageEn: 'Attachment not found.',
    });
  }
  return row;
}

/** A Content-Disposition header value that survives any file name. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
