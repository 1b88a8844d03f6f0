import type { Permission } from '../../domain/permissions.ts';
import type { MessageKey } from '../i18n/id.ts';

/** The pages of the app, their paths and the permission each needs (none: any signed-in user). */
export const PAGES = [
  { id: 'home', path: '/', label: 'nav.home', permission: null },
  { id: 'screening', path: '/pemeriksaan', label: 'nav.screening', permission: 'screening.create' },
  {
    id: 'approvals',
    path: '/persetujuan',
    label: 'nav.approvals',
    permission: 'screening.approve',
  },
  {
    id: 'history',
    path: '/riwayat-pemeriksaan',
    label: 'nav.history',
    permission: 'person.read',
  },
  { id: 'alerts', path: '/peringatan', label: 'nav.alerts', permission: 'alert.read' },
  {
    id: 'watchlist',
    path: '/daftar-pengawasan',
    label: 'nav.watchlist',
    permission: 'watchlist.read',
  },
  { id: 'rules', path: '/aturan', label: 'nav.rules', permission: 'rules.read' },
  { id: 'desa', path: '/desa', label: 'nav.desa', permission: 'desa.read' },
  { id: 'news', path: '/berita', label: 'nav.news', permission: 'news.read' },
  { id: 'meetings', path: '/rapat', label: 'nav.meetings', permission: null },
  { id: 'followUp', path: '/tindak-lanjut', label: 'nav.followUp', permission: 'meeting.manage' },
  { id: 'bulletins', path: '/buletin', label: 'nav.bulletins', permission: null },
  { id: 'knowledge', path: '/pengetahuan', label: 'nav.knowledge', permission: null },
  { id: 'offices', path: '/kantor', label: 'nav.offices', permission: 'office.read' },
  { id: 'users', path: '/pengguna', label: 'nav.users', permission: 'user.read' },
  { id: 'roles', path: '/peran', label: 'nav.roles', permission: 'user.read' },
  { id: 'agreements', path: '/perjanjian', label: 'nav.agreements', permission: 'sharing.read' },
  { id: 'audit', path: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { id: 'notifications', path: '/notifikasi', label: 'nav.notifications', permission: null },
  { id: 'account', path: '/akun', label: 'nav.account', permission: null },
] as const satisfies readonly {
  id: string;
  path: string;
  label: MessageKey;
  permission: Permission | null;
}[];

/** One page id. */
export type PageId = (typeof PAGES)[number]['id'];

/** The detail page of one agreement. */
export function agreementPath(id: string): string {
  return `/perjanjian/${encodeURIComponent(id)}`;
}

/** The pages a user holding these permissions may open, in navigation order. */
export function visiblePages(permissions: readonly Permission[]): (typeof PAGES)[number][] {
  return PAGES.filter((page) => page.permission === null || permissions.includes(page.permission));
}
