import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { fetchRegion } from '../api/org.api.ts';

// Region names never change during a page's life: ask the server once per code.
const cache = new Map<string, Promise<string>>();

function loadRegionName(code: string): Promise<string> {
  let pending = cache.get(code);
  if (!pending) {
    pending = fetchRegion(code)
      .then((region) => region.name)
      .catch(() => {
        cache.delete(code);
        return code;
      });
    cache.set(code, pending);
  }
  return pending;
}

/** A Kemendagri region code shown by its name (the code stays in the tooltip). */
export function RegionName({ code }: { code: string }): ReactNode {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadRegionName(code).then((value) => {
      if (live) setName(value);
    });
    return () => {
      live = false;
    };
  }, [code]);
  return <span title={code}>{name ?? code}</span>;
}
