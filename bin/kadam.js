#!/usr/bin/env node
// The `kadam` command. TypeScript runs through tsx's loader, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/kadam.ts');
const code = await runCli(process.argv.slice(2));
// `serve` keeps the process alive until a signal; every other command ends with this code.
process.exitCode = code;
