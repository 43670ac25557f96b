import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { run } from '../../cli/commands/check'

const dir = mkdtempSync(join(tmpdir(), 'sigma-check-'))
const FIXTURES = join(__dirname, '__fixtures__')
for (const name of ['valid.yml', 'dangling-detection.yml', 'undefined-identifier.yml']) cpSync(join(FIXTURES, name), join(dir, 'rules', name))
cpSync(join(FIXTURES, 'valid.yml'), join(dir, 'copy', 'valid-copy.yaml'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function capture(args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    return { code: await run(args), out }
  } finally {
    spy.mockRestore()
  }
}

describe('sigma-playground check', () => {
  it('prints file:line:col severity code message and fails on errors', async () => {
    const { code, out } = await capture([join(dir, 'rules')])
    expect(code).toBe(1)
    expect(out).toContain(`${join(dir, 'rules', 'dangling-detection.yml')}:13:5 warning dangling-detection 'filter' is defined`)
    expect(out).toContain(`${join(dir, 'rules', 'undefined-identifier.yml')}:13:16 error undefined-identifier`)
  })

  it('passes with only warnings, and reports ids and titles shared across files', async () => {
    const warnings = await capture([join(dir, 'rules', 'dangling-detection.yml')])
    expect(warnings.code).toBe(0)
    const copies = await capture(['--exclude', 'duplicate-title', join(dir, 'rules', 'valid.yml'), join(dir, 'copy')])
    expect(copies.code).toBe(1)
    expect(copies.out.match(/duplicate-id/g)).toHaveLength(2)
    expect(copies.out).not.toContain('duplicate-title')
  })

  it('writes JSON lines with 1-based positions and a summary per code', async () => {
    const { out } = await capture(['--json', join(dir, 'rules', 'undefined-identifier.yml')])
    const lines = out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0]).toMatchObject({ line: 11, column: 5, endLine: 11, endColumn: 14, severity: 'warning', code: 'dangling-detection' })
    expect(lines[1].fix.edits[0].newText).toBe('selection')
    const summary = await capture(['--summary', '--exclude=dangling-detection,duplicate-id,duplicate-title', join(dir, 'rules')])
    expect(summary.out).toMatch(/3 files, 2 problems \(2 errors\)\n\s+2 {2}undefined-identifier\n$/)
  })

  it('rejects bad usage', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      expect((await capture([])).code).toBe(2)
      expect((await capture(['--bogus', dir])).code).toBe(2)
      expect((await capture([join(dir, 'missing')])).code).toBe(2)
    } finally {
      stderr.mockRestore()
    }
  })
})
