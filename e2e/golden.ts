// Expected translations of the seed rule, owned by the core (never copied into the tests).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BackendId } from './app'

const GOLDEN_DIR = fileURLToPath(new URL('../src/sigma/backends/__golden__/', import.meta.url))

export function goldenPath(id: BackendId): string {
  return `${GOLDEN_DIR}psexec.${id}.txt`
}

export function hasGoldenOutputs(): boolean {
  return existsSync(GOLDEN_DIR)
}

export function readGolden(id: BackendId): string {
  return readFileSync(goldenPath(id), 'utf8')
}
