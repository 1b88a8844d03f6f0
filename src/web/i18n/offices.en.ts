import type { officesId } from './offices.id.ts';

/** English strings of office administration. */
export const officesEn: Record<keyof typeof officesId, string> = {
  'offices.create': 'Add office',
  'offices.created': '{name} added.',
  'offices.shortName': 'Short name',
  'offices.shortNameHint': 'Used in lists and menus, e.g. "Kanim Muara Enim".',
  'offices.codeHint': 'Capital letters, digits or hyphens, e.g. KANIM-MUARA-ENIM.',
  'offices.parent': 'Parent',
  'offices.parentHint': 'A Kanim under a Kanwil, a TPI under a Kanim; a Kanwil has none.',
  'offices.noParent': 'No parent',
  'offices.zoneFromParent': "Parent's zone",
  'offices.zoneHint': 'Required for an office without a parent.',
  'offices.checkpointType': 'Checkpoint type',
  'offices.partnerType': 'Partner agency type',
  'offices.classHint': 'E.g. Kelas I TPI or Kelas II Non TPI.',
  'offices.editCoverage': 'Edit coverage',
  'offices.editCoverageOf': 'Coverage of {name}',
  'offices.coverageIntro':
    'The regencies, cities or districts this office serves. Search a region, pick it, then save.',
  'offices.coverageSearch': 'Add a region',
  'offices.coverageSearchHint': 'Type at least 2 letters of a regency, city or district name.',
  'offices.coverageNone': 'No coverage yet.',
  'offices.coverageRemove': 'Remove {name}',
  'offices.coverageSaved': 'Coverage of {name} saved.',
  'offices.actions': 'Actions',
};
