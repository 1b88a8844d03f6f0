// Worker threads on Node 20 do not inherit tsx's loader: register it, then start the worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract.worker.ts');
