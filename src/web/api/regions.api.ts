import { ApiError, request } from './client.ts';

/** A region candidate of the home-region search. */
export interface RegionCandidate {
  code: string;
  name: string;
  level: string;
  parents: { code: string; name: string; level: string }[];
  score: number;
}

/** Finds Kemendagri regions by name for the home-region box. */
export async function findRegions(q: string, signal?: AbortSignal): Promise<RegionCandidate[]> {
  const answer = await request<{ candidates: RegionCandidate[] }>('GET', '/regions/find', {
    query: { q, limit: 8 },
    signal,
  });
  return answer.candidates;
}

/** Whether a Kemendagri region code exists (a 404 means it does not); other failures throw. */
export async function regionExists(code: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await request<unknown>('GET', `/regions/${encodeURIComponent(code)}`, { signal });
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}
