import { AppError } from '../../domain/errors.ts';
import { DATA_KINDS, ROLE_DEFINITIONS } from '../../domain/permissions.ts';
import type { SystemActor } from '../context/actor.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../modules/audit/audit.service.ts';
import { newTotpSecret } from '../modules/auth/totp.ts';
import { createOfficeIn } from '../modules/org/org.service.ts';
import { findOfficeByCode } from '../modules/org/org.repository.ts';
import { createUser } from '../modules/users/users.service.ts';
import { DEMO_OFFICES, DEMO_USERS } from './demo-org.data.ts';
import { seedDesaDemo } from '../modules/desa/desa-demo.ts';
import { generateDemoPassword } from './demo-secrets.ts';
import { seedWatchlistDemo } from './demo-watchlist.ts';
import { seedCoordinationDemo } from '../modules/meetings/coord-demo.ts';
import { seedNewsDemo } from '../modules/news/news-demo.ts';

/** One demo account, printed at first start so a newcomer can sign in at once. */
export interface DemoSignIn {
  username: string;
  password: string;
  role: string;
  office: string;
  totpSecret?: string;
}

/*
 * The seeds date the meeting only as "Selasa (21/5)". The year is 2024: 21 May 2024 was a
 * Tuesday, and the same reports speak of Desa Binaan formed in March and on 8 May 2024 as done.
 */
const MEETING_DATE = '2024-05-21';

const AGREEMENT = {
  title: 'Kerja sama pencegahan TPPO Kanwil Sumatera Selatan dan Kanwil Lampung',
  description:
    'Menurut laporan rapat koordinasi Divisi Keimigrasian Kanwil Kemenkumham Sumatera Selatan ' +
    'dan Kanwil Kemenkumham Lampung (Selasa, 21 Mei 2024), kedua Kanwil menegaskan perlunya ' +
    'kerja sama lintas instansi dan lintas provinsi serta sinergi dan komitmen bersama dalam ' +
    'pencegahan TPPO. Konfigurasi demo: jenis data yang dibagikan, masa berlaku, dan ' +
    'persetujuan para kepala di sistem ini dibuat untuk demonstrasi; laporan tersebut tidak ' +
    'menyebutkan rinciannya.',
  sourceReference:
    'Rapat koordinasi pencegahan TPPO Divisi Keimigrasian Kanwil Kemenkumham Sumatera Selatan ' +
    'dan Kanwil Kemenkumham Lampung, Selasa 21 Mei 2024 (berita Kemenkumham Sumsel: ' +
    '"Kemenkumham Sumsel Lakukan Pencegahan Perdagangan Orang di Wilayah Sumsel dan Lampung")',
};

/**
 * Loads the demo organisation (two Kanwil of the seed event with their Kanim, checkpoints and
 * two partner agencies), one account per role with freshly generated passwords (and TOTP
 * secrets for the roles that need them), the active agreement of the two Kanwil, and a small
 * marked demo watchlist with a few past screenings (demo-watchlist.ts). Refuses to
 * run when the demo offices already exist. Every write is audited under `system:seed-demo`.
 */
export async function seedDemo(deps: AppDeps): Promise<DemoSignIn[]> {
  const db = deps.database.db;
  const system: SystemActor = { system: true, name: 'seed-demo', requestId: 'seed-demo' };
  const first = DEMO_OFFICES[0];
  if (first && (await findOfficeByCode(db, first.code))) {
    throw new AppError('conflict', 'Data demo sudah dimuat.', {
      messageEn: 'The demo data is already loaded.',
    });
  }

  const officeIds = new Map<string, string>();
  const shortNames = new Map<string, string>();
  await db.transaction().execute(async (trx) => {
    for (const { parent, ...office } of DEMO_OFFICES) {
      const parentId = parent ? officeIds.get(parent) : undefined;
      const row = await createOfficeIn(trx, deps, system, {
        ...office,
        ...(parentId ? { parentId } : {}),
      });
      officeIds.set(row.code, row.id);
      shortNames.set(row.code, row.short_name);
    }
  });
  const officeOf = (code: string): string => {
    const id = officeIds.get(code);
    if (!id) throw new Error(`demo data: unknown office ${code}`);
    return id;
  };

  // createUser opens its own transaction, so users are created one by one after the offices.
  const signIns: DemoSignIn[] = [];
  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const password = generateDemoPassword();
    const created = await createUser(deps, system, {
      username: user.username,
      fullName: user.fullName,
      officeId: officeOf(user.office),
      role: user.role,
      password,
    });
    userIds.set(user.username, created.user.id);
    const signIn: DemoSignIn = {
      username: user.username,
      password,
      role: user.role,
      office: shortNames.get(user.office) ?? user.office,
    };
    if (ROLE_DEFINITIONS[user.role].requiresTotp) signIn.totpSecret = newTotpSecret();
    signIns.push(signIn);
  }

  await db.transaction().execute(async (trx) => {
    const now = deps.clock();
    for (const signIn of signIns) {
      if (!signIn.totpSecret) continue;
      const userId = userIds.get(signIn.username) as string;
      await trx
        .updateTable('users')
        .set({ totp_secret: signIn.totpSecret, updated_at: now })
        .where('id', '=', userId)
        .execute();
      await appendAudit(
        trx,
        system,
        {
          action: 'account.totp_enabled',
          targetType: 'user',
          targetId: userId,
          details: { demo: true },
        },
        deps.clock,
      );
    }

    const sumsel = officeOf('KANWIL-SUMSEL');
    const lampung = officeOf('KANWIL-LAMPUNG');
    const approvals = [
      { officeId: sumsel, userId: userIds.get('kakanwil.sumsel') ?? null },
      { officeId: lampung, userId: userIds.get('kakanwil.lampung') ?? null },
    ];
    const agreement = await trx
      .insertInto('sharing_agreements')
      .values({
        title: AGREEMENT.title,
        description: AGREEMENT.description,
        data_kinds: [...DATA_KINDS],
        valid_from: MEETING_DATE,
        valid_until: null,
        status: 'active',
        source_reference: AGREEMENT.sourceReference,
        created_at: now,
        activated_at: now,
        updated_at: now,
        proposing_office_id: sumsel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('sharing_agreement_parties')
      .values(
        approvals.map((a) => ({
          agreement_id: agreement.id,
          office_id: a.officeId,
          approved_by: a.userId,
          approved_at: now,
        })),
      )
      .execute();
    for (const action of ['sharing.propose', 'sharing.approve', 'sharing.activate']) {
      await appendAudit(
        trx,
        system,
        {
          action,
          targetType: 'sharing_agreement',
          targetId: agreement.id,
          details: {
            demo: true,
            parties: [sumsel, lampung],
            dataKinds: [...DATA_KINDS],
            validFrom: MEETING_DATE,
            ...(action === 'sharing.approve' ? { approvals } : {}),
          },
        },
        deps.clock,
      );
    }
  });
  await seedDesaDemo(deps);
  await seedCoordinationDemo(deps);
  await seedNewsDemo(deps);
  await seedWatchlistDemo(deps);
  return signIns;
}
