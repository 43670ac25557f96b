// Writes sigma-schema.json from build-schema.ts (a test checks the two stay in sync).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildSigmaSchema } from './build-schema'

const target = fileURLToPath(new URL('./sigma-schema.json', import.meta.url))
writeFileSync(target, JSON.stringify(buildSigmaSchema(), null, 2) + '\n')
process.stdout.write(`wrote ${target}\n`)
