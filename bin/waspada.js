#!/usr/bin/env node
// Node 20 cannot run TypeScript by itself: register tsx's loader, then start the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
