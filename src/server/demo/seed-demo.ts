import type { AppDeps } from '../deps.ts';

/** One demo account, printed at first start so a newcomer can sign in at once. */
export interface DemoSignIn {
  username: string;
  password: string;
  role: string;
  office: string;
  totpSecret?: string;
}

/** Loads the demo organisation, users and agreements (filled in by the organisation module). */
export async function seedDemo(_deps: AppDeps): Promise<DemoSignIn[]> {
  return [];
}
