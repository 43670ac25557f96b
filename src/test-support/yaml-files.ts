// Every .yml / .yaml file below a folder (for corpus tests, the differential and the benchmark).
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Paths in directory order; an absent folder gives none. */
export function listYamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) listYamlFiles(path, out)
    else if (/\.ya?ml$/.test(entry.name)) out.push(path)
  }
  return out
}
