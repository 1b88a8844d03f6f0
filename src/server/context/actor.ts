import type { Permission, RoleId, ScopeLevel } from '../../domain/permissions.ts';

/** The signed-in user on whose behalf a service acts, with the request it came from. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  officeId: string;
  role: RoleId;
  scopeLevel: ScopeLevel;
  permissions: ReadonlySet<Permission>;
  requestId: string;
  language: 'id' | 'en';
}

/** The system itself (jobs, start-up seeding): audited under its own name. */
export interface SystemActor {
  system: true;
  name: string;
  requestId: string;
}

/** Whoever caused a change. */
export type Initiator = Actor | SystemActor;

/** True when the initiator is a background job or the start-up code. */
export function isSystem(initiator: Initiator): initiator is SystemActor {
  return 'system' in initiator;
}
