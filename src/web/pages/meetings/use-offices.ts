import { useMemo } from 'react';
import { flattenOffices, listOffices, type Office } from '../../api/org.api.ts';
import type { Option } from '../../components/Field.tsx';
import { useLoad } from '../../components/use-load.ts';

/** The offices the user may read, flat in tree order, with options and depths for pickers. */
export function useOfficeChoices(): {
  offices: Office[];
  options: Option[];
  depths: Record<string, number>;
  error: unknown;
} {
  const loaded = useLoad(listOffices, []);
  return useMemo(() => {
    const flat = flattenOffices(loaded.data ?? []);
    return {
      offices: flat.map((f) => f.office),
      options: flat.map((f) => ({
        value: f.office.id,
        label: f.office.shortName || f.office.name,
      })),
      depths: Object.fromEntries(flat.map((f) => [f.office.id, f.depth])),
      error: loaded.error,
    };
  }, [loaded.data, loaded.error]);
}
