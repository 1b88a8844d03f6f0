import type { FieldIssue } from '../../../domain/errors.ts';
import type { OfficeKind, OfficeRow } from '../../db/schema.ts';
import type { RegionIndex, RegionLevel } from '../../../regions/index.ts';

/** The fields whose combination depends on an office's kind. */
export interface OfficeShape {
  kind: OfficeKind;
  officeClass: string | null;
  parent: OfficeRow | null;
  checkpointType: string | null;
  partnerType: string | null;
}

function issue(path: string, message: string, messageEn: string): FieldIssue {
  return { path, message, messageEn };
}

/**
 * Checks the tree rules: a Kanwil has no parent; a Kanim hangs under a Kanwil and states its
 * class; a TPI hangs under a Kanim and states its checkpoint type; a partner agency states its
 * type and may name the Kanwil it coordinates with.
 */
export function checkOfficeShape(shape: OfficeShape): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const parentKind = shape.parent?.kind ?? null;
  const wantParent: Record<OfficeKind, OfficeKind | null | 'optional-kanwil'> = {
    kanwil: null,
    kanim: 'kanwil',
    tpi: 'kanim',
    partner: 'optional-kanwil',
  };
  const rule = wantParent[shape.kind];
  if (rule === null && parentKind !== null) {
    issues.push(issue('parentId', 'Kanwil tidak memiliki induk.', 'A Kanwil has no parent.'));
  } else if (rule === 'optional-kanwil' && parentKind !== null && parentKind !== 'kanwil') {
    issues.push(
      issue(
        'parentId',
        'Induk instansi mitra harus Kanwil.',
        "A partner agency's parent must be a Kanwil.",
      ),
    );
  } else if (rule !== null && rule !== 'optional-kanwil' && parentKind !== rule) {
    issues.push(
      issue(
        'parentId',
        `Induk ${shape.kind === 'tpi' ? 'TPI harus Kanim' : 'Kanim harus Kanwil'}.`,
        `The parent of a ${shape.kind === 'tpi' ? 'TPI must be a Kanim' : 'Kanim must be a Kanwil'}.`,
      ),
    );
  }
  if ((shape.kind === 'kanim') !== (shape.officeClass !== null)) {
    issues.push(
      shape.kind === 'kanim'
        ? issue('officeClass', 'Kelas Kanim wajib diisi.', 'A Kanim needs its class.')
        : issue('officeClass', 'Hanya Kanim yang memiliki kelas.', 'Only a Kanim has a class.'),
    );
  }
  if ((shape.kind === 'tpi') !== (shape.checkpointType !== null)) {
    issues.push(
      shape.kind === 'tpi'
        ? issue('checkpointType', 'Jenis TPI wajib diisi.', 'A TPI needs its checkpoint type.')
        : issue(
            'checkpointType',
            'Hanya TPI yang memiliki jenis pos.',
            'Only a TPI has a checkpoint type.',
          ),
    );
  }
  if ((shape.kind === 'partner') !== (shape.partnerType !== null)) {
    issues.push(
      shape.kind === 'partner'
        ? issue('partnerType', 'Jenis instansi mitra wajib diisi.', 'A partner needs its type.')
        : issue(
            'partnerType',
            'Hanya instansi mitra yang memiliki jenis mitra.',
            'Only a partner agency has a partner type.',
          ),
    );
  }
  return issues;
}

const COVERAGE_LEVELS: readonly RegionLevel[] = ['kabupaten', 'kota', 'kecamatan'];

/**
 * Resolves coverage codes against the official list: each must be a kabupaten, kota or
 * kecamatan; the result holds dotted codes without duplicates, in code order.
 */
export function resolveCoverage(
  regions: RegionIndex,
  codes: readonly string[],
  path = 'coverage',
): { codes: string[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const out = new Set<string>();
  codes.forEach((code, i) => {
    const region = regions.get(code);
    if (!region) {
      issues.push(
        issue(
          `${path}[${i}]`,
          `Kode wilayah ${code} tidak ada dalam data resmi.`,
          `Region code ${code} is not in the official list.`,
        ),
      );
    } else if (!COVERAGE_LEVELS.includes(region.level)) {
      issues.push(
        issue(
          `${path}[${i}]`,
          `Wilayah kerja berupa kabupaten, kota atau kecamatan (${code} adalah ${region.level}).`,
          `Coverage is given as kabupaten, kota or kecamatan (${code} is a ${region.level}).`,
        ),
      );
    } else {
      out.add(region.code);
    }
  });
  return { codes: [...out].sort(), issues };
}
