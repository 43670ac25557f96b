// Locating the shared test corpora beside the checkout (absent on machines without ../shared).
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SHARED_DIR = process.env.SIGMA_SHARED_DIR ?? resolve(REPO_ROOT, '..', 'shared')
export const CONFORMANCE_DIR = join(SHARED_DIR, 'conformance')

export function conformanceAvailable(): boolean {
  return existsSync(join(CONFORMANCE_DIR, 'legacy')) && existsSync(join(CONFORMANCE_DIR, 'rules'))
}

export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(moduleUrl)
}
