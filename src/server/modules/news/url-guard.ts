import dns from 'node:dns';
import net from 'node:net';
import type { LookupFunction } from 'node:net';
import { invalidField, type AppError } from '../../../domain/errors.ts';
import type { AppConfig } from '../../config.ts';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has (dns.lookup with `all`). */
export type ResolveAll = (hostname: string) => Promise<ResolvedAddress[]>;

/** Where a server-side fetch may go. */
export interface NetworkPolicy {
  /** Loopback, RFC 1918, link-local, CGNAT and unique-local addresses are allowed. */
  allowPrivateNetwork: boolean;
  /** Ports allowed besides 80 and 443; `any` lifts the rule. */
  extraPorts: readonly number[] | 'any';
  /** Exact addresses allowed whatever their range (tests: the local server only). */
  allowAddresses?: readonly string[];
  /** Name resolution (tests replace it). */
  resolve?: ResolveAll;
}

/** The policy the configuration sets. */
export function networkPolicyOf(config: AppConfig): NetworkPolicy {
  return {
    allowPrivateNetwork: config.allowPrivateNetworkFetch,
    extraPorts: config.fetchExtraPorts,
  };
}

const resolveWithDns: ResolveAll = (hostname) =>
  dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Ranges that are never a public web server, with the label a refusal names. */
type RangeKind =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared (CGNAT)'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

/** Kinds an installation may open with `allowPrivateNetworkFetch` (multicast and the rest never). */
const PRIVATE_KINDS = new Set<RangeKind>([
  'loopback',
  'private',
  'link-local',
  'shared (CGNAT)',
  'unique-local',
]);

const RANGES: readonly [RangeKind, string, number, 'ipv4' | 'ipv6'][] = [
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['shared (CGNAT)', '100.64.0.0', 10, 'ipv4'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['reserved', '192.0.2.0', 24, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['reserved', '198.18.0.0', 15, 'ipv4'],
  ['reserved', '198.51.100.0', 24, 'ipv4'],
  ['reserved', '203.0.113.0', 24, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['reserved', '100::', 64, 'ipv6'],
  ['reserved', '64:ff9b:1::', 48, 'ipv6'],
  ['reserved', '2001::', 32, 'ipv6'],
  ['reserved', '2001:db8::', 32, 'ipv6'],
  ['unique-local', 'fc00::', 7, 'ipv6'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['reserved', 'fec0::', 10, 'ipv6'],
  ['multicast', 'ff00::', 8, 'ipv6'],
];

const LISTS = new Map<RangeKind, net.BlockList>();
for (const [kind, prefix, bits, type] of RANGES) {
  const list = LISTS.get(kind) ?? new net.BlockList();
  list.addSubnet(prefix, bits, type);
  LISTS.set(kind, list);
}

/** The eight 16-bit groups of an IPv6 address (zone index dropped), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (net.isIPv4(tail) === false) return null;
    const [a = 0, b = 0, c = 0, d = 0] = tail.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((g) => Number.parseInt(g, 16)) : [];
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<number>(missing).fill(0), ...rest];
  return groups.some((g) => Number.isNaN(g) || g < 0 || g > 0xffff) ? null : groups;
}

/**
 * The IPv4 address an IPv6 address carries, for the forms that reach it: IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
 */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const v4 = (hi: number, lo: number) =>
    [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].map(String).join('.');
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(5) && g[5] === 0xffff) return v4(g[6] ?? 0, g[7] ?? 0);
  if (zeroUpTo(6) && ((g[6] ?? 0) !== 0 || (g[7] ?? 0) > 1)) return v4(g[6] ?? 0, g[7] ?? 0);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return v4(g[6] ?? 0, g[7] ?? 0);
  }
  if (g[0] === 0x2002) return v4(g[1] ?? 0, g[2] ?? 0);
  return null;
}

/** Which non-public range an address falls in, or null for a public address. */
export function addressRange(address: string): RangeKind | null {
  const type = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
  if (!type) return 'reserved';
  if (type === 'ipv6') {
    const inner = embeddedIpv4(address);
    if (inner) return addressRange(inner);
  }
  const bare = address.split('%')[0] ?? address;
  for (const [kind, list] of LISTS) if (list.check(bare, type)) return kind;
  return null;
}

/** Checks that a text is an absolute http(s) address, naming `path` when it is not. */
export function parseHttpUrl(value: string, path: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalidField(path, 'Alamat tidak dapat dibaca.', 'The address cannot be read.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidField(
      path,
      'Hanya alamat http atau https yang dapat diambil.',
      'Only http or https addresses can be fetched.',
    );
  }
  if (url.username || url.password) {
    throw invalidField(
      path,
      'Alamat tidak boleh memuat nama pengguna atau kata sandi.',
      'The address must not carry a user name or password.',
    );
  }
  return url;
}

/** The port a URL connects to. */
function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** The host name of a URL as the resolver and `net` want it (IPv6 without brackets). */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function refusedAddress(path: string, host: string, address: string, kind: RangeKind): AppError {
  const where = host === address ? address : `${host} (${address})`;
  return invalidField(
    path,
    `Alamat ${where} berada di jaringan ${kind} yang tidak boleh diambil server; gunakan alamat situs publik.`,
    `The address ${where} is in a ${kind} network the server may not fetch from; use a public site's address.`,
  );
}

/**
 * Checks what the address itself says (scheme, credentials, port, an IP literal's range) without
 * resolving names: enough to refuse a feed address when it is saved.
 */
export function checkUrlStatically(value: string, path: string, policy: NetworkPolicy): URL {
  const url = parseHttpUrl(value, path);
  const port = portOf(url);
  const extra = policy.extraPorts;
  if (port !== 80 && port !== 443 && extra !== 'any' && !extra.includes(port)) {
    throw invalidField(
      path,
      `Port ${port} tidak diizinkan; hanya port 80 dan 443${extra.length > 0 ? ` serta ${extra.join(', ')}` : ''}.`,
      `Port ${port} is not allowed; only ports 80 and 443${extra.length > 0 ? ` and ${extra.join(', ')}` : ''}.`,
    );
  }
  const host = bareHost(url);
  if (net.isIP(host)) checkAddress(path, host, host, policy);
  return url;
}

function checkAddress(path: string, host: string, address: string, policy: NetworkPolicy): void {
  const kind = addressRange(address);
  if (kind === null || policy.allowAddresses?.includes(address)) return;
  if (policy.allowPrivateNetwork && PRIVATE_KINDS.has(kind)) return;
  throw refusedAddress(path, host, address, kind);
}

/** A URL that passed every check, with the one address the connection must use. */
export interface VettedUrl {
  url: URL;
  address: string;
  family: 4 | 6;
}

/**
 * Checks a URL before the server connects to it: the static checks, then every address its host
 * resolves to must be public (one private address is enough to refuse, since the resolver may
 * hand out either). The caller connects to `address` only, so a second resolution cannot swap
 * in another address between the check and the connection.
 */
export async function vetUrl(
  value: string,
  path: string,
  policy: NetworkPolicy,
): Promise<VettedUrl> {
  const url = checkUrlStatically(value, path, policy);
  const host = bareHost(url);
  let addresses: ResolvedAddress[];
  if (net.isIP(host)) {
    addresses = [{ address: host, family: net.isIPv4(host) ? 4 : 6 }];
  } else {
    try {
      addresses = await (policy.resolve ?? resolveWithDns)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) {
      throw invalidField(
        path,
        `Nama host ${host} tidak ditemukan.`,
        `The host name ${host} cannot be resolved.`,
      );
    }
  }
  for (const a of addresses) checkAddress(path, host, a.address, policy);
  const first = addresses[0] as ResolvedAddress;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A `lookup` for http(s).request that answers the vetted address and nothing else. */
export function pinnedLookup(vetted: VettedUrl): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) {
      callback(null, [{ address: vetted.address, family: vetted.family }]);
    } else {
      callback(null, vetted.address, vetted.family);
    }
  };
}
