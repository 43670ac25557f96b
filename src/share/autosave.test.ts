import { describe, expect, it } from 'vitest'
import { decideShareLinkOpen, deserializeWorkspace, serializeWorkspace } from './autosave'
import { randomWorkspace, seededRandom } from './test-support/random'
import { defaultWorkspace, type WorkspaceState } from './workspace'

const stored = (state: unknown, version: unknown = 1) =>
  JSON.stringify({ format: 'sigma-playground-workspace', version, state })

describe('autosave', () => {
  it('round trips random workspaces', () => {
    const random = seededRandom(2024)
    for (let i = 0; i < 200; i++) {
      const state = randomWorkspace(random)
      const result = deserializeWorkspace(serializeWorkspace(state))
      expect(result).toEqual({ ok: true, state })
    }
  })

  it('reads a pinned version-1 save', () => {
    const text =
      '{"format":"sigma-playground-workspace","version":1,"state":{"rule":"title: a\\r\\n","events":"","activeTab":"grep","options":{"x":1},"theme":"light"}}'
    expect(deserializeWorkspace(text)).toEqual({
      ok: true,
      state: { rule: 'title: a\r\n', events: '', activeTab: 'grep', options: { x: 1 }, theme: 'light' },
    })
  })

  it('fills missing fields with the app defaults', () => {
    expect(deserializeWorkspace(stored({ rule: 'r' }))).toEqual({ ok: true, state: { ...defaultWorkspace(), rule: 'r' } })
  })

  it.each([
    ['nothing saved', null, /No saved workspace/],
    ['not JSON', '{', /not valid JSON/],
    ['not an object', '[1]', /not an object/],
    ['other data', '{"a":1}', /not a Sigma Playground workspace/],
    ['unknown version', stored({}, 99), /unknown version \(99\)/],
    ['wrong type', stored({ rule: 5 }), /'rule' must be a string/],
    ['unknown field', stored({ rule: '', x: 1 }), /Unknown field "x"/],
    ['proto key', stored(JSON.parse('{"options":{"__proto__":{"polluted":1}}}')), /'__proto__' is not allowed/],
  ])('falls back to defaults on %s', (_name, text, pattern) => {
    const result = deserializeWorkspace(text as string | null)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(pattern)
    expect(result.state).toEqual(defaultWorkspace())
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('decideShareLinkOpen', () => {
  const shared: WorkspaceState = { ...defaultWorkspace(), rule: 'title: shared\n' }
  const pristine = { rule: 'title: example\n', events: '' }

  it('loads when there is no local work', () => {
    expect(decideShareLinkOpen(null, shared)).toBe('load')
    expect(decideShareLinkOpen(defaultWorkspace(), shared)).toBe('load')
    expect(decideShareLinkOpen({ ...defaultWorkspace(), rule: '  \n' }, shared)).toBe('load')
    expect(decideShareLinkOpen({ ...defaultWorkspace(), ...pristine }, shared, pristine)).toBe('load')
  })

  it('loads when local work is the same as the link (settings may differ)', () => {
    expect(decideShareLinkOpen({ ...shared, activeTab: 'grep', theme: 'dark' }, shared)).toBe('load')
  })

  it('asks when local rule or events differ', () => {
    expect(decideShareLinkOpen({ ...defaultWorkspace(), rule: 'title: mine\n' }, shared)).toBe('ask')
    expect(decideShareLinkOpen({ ...shared, events: '{"a":1}' }, shared)).toBe('ask')
    // Only the line endings differ: still different work.
    expect(decideShareLinkOpen({ ...shared, rule: 'title: shared\r\n' }, shared)).toBe('ask')
  })
})
