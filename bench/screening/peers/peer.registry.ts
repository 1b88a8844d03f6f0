/** Creates in-process peers by name (used by the harness and by throughput workers). */
import { createEnginePeer } from './engine.peer.ts';
import { createFusePeer } from './fuse.peer.ts';
import type { Peer } from './peer.types.ts';
import { createWatchmanPeer } from './watchman.peer.ts';

/** Names of peers that run inside the Node process. */
export type InProcessPeerName = 'engine' | 'watchman' | 'fuse';

/** Creates a fresh in-process peer. */
export function createInProcessPeer(name: InProcessPeerName): Peer {
  switch (name) {
    case 'engine':
      return createEnginePeer();
    case 'watchman':
      return createWatchmanPeer();
    case 'fuse':
      return createFusePeer();
  }
}
