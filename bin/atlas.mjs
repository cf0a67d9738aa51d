#!/usr/bin/env node
// The `atlas` package binary: registers tsx so the TypeScript CLI runs without a separate compile step.
import { register } from 'tsx/esm/api';

register();
process.env.ATLAS_CLI = '1';
await import('../lib/cli/main.ts');
