// Drives the real bin entry (as `npx sigma-playground` does) in a child process.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/sigma-playground.mjs', import.meta.url))
const SEED = fileURLToPath(new URL('../sigma/examples/psexec.yml', import.meta.url))
const GOLDEN = (backend: string) => readFileSync(fileURLToPath(new URL(`../sigma/backends/__golden__/psexec.${backend}.txt`, import.meta.url)), 'utf8')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('sigma-playground convert', () => {
  it('lists the targets', () => {
    const { code, stdout } = cli('convert', '--list-targets')
    expect(code).toBe(0)
    expect(stdout.split('\n').filter(Boolean)).toEqual(['es-qs', 'xpack-watcher', 'graylog', 'splunk', 'logpoint', 'grep'])
  })

  it('prints exactly what the tab shows, and jsonl per file with errors inline', () => {
    const text = cli('convert', '--target', 'splunk', SEED)
    expect(text.code).toBe(0)
    expect(text.stdout).toBe(GOLDEN('splunk'))
    const jsonl = cli('convert', '-t', 'grep', '--format', 'jsonl', SEED, 'missing.yml')
    expect(jsonl.code).toBe(1)
    const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0]).toEqual({ file: SEED, output: GOLDEN('grep') })
    expect(lines[1]).toMatchObject({ file: 'missing.yml', error: expect.stringContaining('ENOENT') })
  })

  it('fails clearly on an unknown target or unreadable file', () => {
    const unknown = cli('convert', '--target', 'nope', SEED)
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toContain("unknown target 'nope'")
    const missing = cli('convert', '--target', 'es-qs', 'does-not-exist.yml')
    expect(missing.code).not.toBe(0)
    expect(missing.stderr).toContain("cannot read 'does-not-exist.yml'")
  })
})
