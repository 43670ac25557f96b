#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the CLI and the web app share one source tree.
import { register } from 'tsx/esm/api'

register()
process.env.SIGMA_PLAYGROUND_BIN = '1'
await import('../src/cli/main.ts')
