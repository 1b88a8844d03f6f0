import { useEffect, useState } from 'react';
import { parseNik } from '../../../domain/nik.ts';
import { regionExists } from '../../api/regions.api.ts';

/**
 * The province and regency of a typed NIK that do not exist in the official region list, or
 * null (no full NIK yet, an invalid one the server names, or a region that exists). Looked up
 * as the officer types, so the form warns before the screening is run.
 */
export function useUnknownNikRegion(nik: string): string | null {
  const parsed = parseNik(nik);
  const regency = parsed.ok ? parsed.regencyCode : null;
  const [unknown, setUnknown] = useState<{ code: string; missing: boolean } | null>(null);

  useEffect(() => {
    if (!regency) return;
    const controller = new AbortController();
    const province = regency.slice(0, 2);
    Promise.all([
      regionExists(province, controller.signal),
      regionExists(regency, controller.signal),
    ])
      .then(([p, r]) => setUnknown({ code: regency, missing: !p || !r }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [regency]);

  return regency && unknown?.code === regency && unknown.missing ? regency : null;
}
