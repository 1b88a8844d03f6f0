import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createTestApp, type TestClock } from '../../../../test/support/app.ts';
import type { TestDatabase } from '../../../../test/support/database.ts';
import {
  createTestOrg,
  signInAs,
  type SignedInUser,
  type TestOrg,
} from '../../../../test/support/org-factories.ts';
import type { AppDeps } from '../../deps.ts';
import type { ActionItemView, MeetingView } from './meetings.schema.ts';

/** The answer to adding an action item; the caller checks the status. */
export interface ItemAnswer {
  statusCode: number;
  body: string;
  json: () => ActionItemView;
}

/** A test app on two Kanwil, the people the meeting tests act as, and two request helpers. */
export interface MeetingsWorld {
  app: FastifyInstance;
  deps: AppDeps;
  org: TestOrg;
  analystA: SignedInUser;
  headA: SignedInUser;
  headB: SignedInUser;
  supervisorA1: SignedInUser;
  counterB: SignedInUser;
  /** Records a meeting hosted by Kanwil A with Kanim A1 and Kanwil B taking part; `body` overrides. */
  createMeeting: (user: SignedInUser, body?: Record<string, unknown>) => Promise<MeetingView>;
  /** Adds an action item (messages in English), by analyst A unless `user` is given. */
  addItem: (
    meetingId: string,
    body: Record<string, unknown>,
    user?: SignedInUser,
  ) => Promise<ItemAnswer>;
}

/** Sets up a `MeetingsWorld` on a test database. */
export async function createMeetingsWorld(
  db: TestDatabase,
  clock: TestClock,
): Promise<MeetingsWorld> {
  const { app, deps } = await createTestApp(db, clock);
  const org = await createTestOrg(db);
  const analystA = await signInAs(app, db, 'intel_analyst', org.kanwilA);
  const headA = await signInAs(app, db, 'head', org.kanwilA);
  const headB = await signInAs(app, db, 'head', org.kanwilB);
  const supervisorA1 = await signInAs(app, db, 'supervisor', org.kanimA1);
  const counterB = await signInAs(app, db, 'counter_officer', org.kanimB1);

  async function createMeeting(
    user: SignedInUser,
    body: Record<string, unknown> = {},
  ): Promise<MeetingView> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/meetings',
      headers: user.headers,
      payload: {
        title: 'Rapat koordinasi uji',
        heldOn: '2026-11-20',
        place: 'Ruang rapat Kanwil A',
        hostOfficeId: org.kanwilA,
        participantOfficeIds: [org.kanimA1, org.kanwilB],
        tppoTypes: ['KAWIN_KONTRAK', 'ONLINE_SCAM'],
        topics: ['modus operandi', 'pencegahan'],
        minutes: 'Pembahasan pencegahan TPPO lintas Kanwil.',
        ...body,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function addItem(
    meetingId: string,
    body: Record<string, unknown>,
    user = analystA,
  ): Promise<ItemAnswer> {
    const res = await app.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/action-items`,
      headers: { ...user.headers, 'accept-language': 'en' },
      payload: body,
    });
    return { statusCode: res.statusCode, body: res.body, json: () => res.json() };
  }

  return {
    app,
    deps,
    org,
    analystA,
    headA,
    headB,
    supervisorA1,
    counterB,
    createMeeting,
    addItem,
  };
}
