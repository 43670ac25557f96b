import { Deflate, deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { encodeBase64Url } from './base64url'
import { decodeShareFragment, encodeShareFragment } from './share-link'
import { randomWorkspace, seededRandom } from './test-support/random'
import { defaultWorkspace, type WorkspaceState } from './workspace'

/** Builds a v1 link around any JSON text, bypassing the encoder (for hostile inputs). */
function v1LinkForJson(json: string): string {
  return `v1/${encodeBase64Url(deflateSync(new TextEncoder().encode(json)))}`
}

function decodedState(fragment: string): WorkspaceState {
  const result = decodeShareFragment(fragment)
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`)
  return result.state
}

function expectError(fragment: string, pattern: RegExp): void {
  const result = decodeShareFragment(fragment)
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error).toMatch(pattern)
  expect(result.state).toEqual(defaultWorkspace())
}

describe('share link round trip', () => {
  it('restores random states exactly (unicode, CRLF, lone surrogates, options)', () => {
    const random = seededRandom(0x5eed)
    for (let i = 0; i < 300; i++) {
      const state = randomWorkspace(random)
      const fragment = encodeShareFragment(state, { includeEvents: true })
      expect(fragment).toMatch(/^v1\/[A-Za-z0-9_-]+$/)
      const decoded = decodedState(`#${fragment}`)
      expect(decoded.rule).toBe(state.rule)
      expect(decoded.events).toBe(state.events)
      expect(decoded).toEqual(state)
    }
  })

  it('restores long texts', () => {
    const random = seededRandom(42)
    for (let i = 0; i < 4; i++) {
      const state = randomWorkspace(random, { longText: true })
      expect(decodedState(encodeShareFragment(state, { includeEvents: true }))).toEqual(state)
    }
  })

  it('leaves events out unless asked', () => {
    const state = { ...defaultWorkspace(), rule: 'title: x\r\n', events: '{"a":1}' }
    expect(decodedState(encodeShareFragment(state, { includeEvents: false })).events).toBe('')
    expect(decodedState(encodeShareFragment(state, { includeEvents: true })).events).toBe('{"a":1}')
  })

  it('stores only non-default fields and options', () => {
    const empty = encodeShareFragment(defaultWorkspace(), { includeEvents: true })
    expect(empty).toBe('v1/q64FAA') // deflate-raw of "{}"
    const state = { ...defaultWorkspace(), options: { a: true, b: 2 } }
    const fragment = encodeShareFragment(state, { includeEvents: true, defaultOptions: { a: true, b: 1 } })
    expect({ ...decodedState(fragment).options }).toEqual({ b: 2 })
  })

  it('is deterministic (option order does not matter)', () => {
    const a = { ...defaultWorkspace(), rule: 'r', options: { x: 1, y: 2 } }
    const b = { ...defaultWorkspace(), rule: 'r', options: { y: 2, x: 1 } }
    expect(encodeShareFragment(a, { includeEvents: true })).toBe(encodeShareFragment(b, { includeEvents: true }))
  })
})

describe('pinned v1 links (must keep decoding forever)', () => {
  it('decodes a full v1 link made in the first release', () => {
    const link =
      '#v1/VZCxTgMxDIZfxTJDl1tAYjkhFlaQkGDMkiZWG92dE52da1HpwlswMTOxMbHdC_EIJJWoWi-JHfv743-HY-4JW9SgPbXwGJjJQx-4g_oCFzBdwpBFoSNKEBNx4BXoOogZDYtazdKCkmjN-7iSmEdHbc2gRBqjz05b2AT2cXOY8qTkNEQ-dgn1x3uNuzgMlv19YHp1kdUGLiqL-YfnLzd_-_kTjIHfj_c3uFneLv5HS6sPB3Al1qpRqAc2SBOxSll1Z_AEb7A1uIVz8gnb4P4wbsuHJ3q2y0KQ1GfuSjGmKlagO3RW6IlYivxUDNUxU4OD3T5YdWsqLVfXDaaQqHhbDZcXGSLjvkFd01Ar3o4d7v8A'
    expect(decodedState(link)).toEqual({
      rule:
        'title: Pinned link rule # v1 must keep opening this\r\nstatus: test\r\nlogsource:\r\n    product: windows\r\n' +
        "detection:\r\n    sel:\r\n        CommandLine|contains: 'ünïcödé \\ 🙂 <b>'\r\n    condition: sel\r\n\t \r\n",
      events: '{"CommandLine":"x ünïcödé \\\\ 🙂 <b>"}\n',
      activeTab: 'splunk',
      options: { caseSensitive: true, maxMatches: 25, pipeline: 'sysmon' },
      theme: 'dark',
    })
  })

  it('decodes the empty v1 link to the v1 defaults', () => {
    expect(decodedState('#v1/q64FAA')).toEqual({ rule: '', events: '', activeTab: 'es-qs', options: {} })
  })
})

describe('malformed links', () => {
  it.each([
    ['empty', '', /no shared workspace/],
    ['only a hash', '#', /no shared workspace/],
    ['no version', '#abc', /not a Sigma Playground share link/],
    ['newer version', '#v9/abc', /format v9.*newer/],
    ['unknown old version', '#v0/abc', /Unknown share link format v0/],
    ['bad base64', '#v1/abc$def', /not base64url/],
    ['padding', '#v1/q64FAA==', /not base64url/],
    ['impossible base64 length', '#v1/q64FA', /not base64url/],
    ['empty payload', '#v1/', /empty/],
    ['not deflate', '#v1/' + encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff])), /damaged|incomplete/],
  ])('%s', (_name, fragment, pattern) => expectError(fragment, pattern))

  it('rejects a truncated link', () => {
    const random = seededRandom(7)
    const state = randomWorkspace(random)
    state.rule = 'title: truncated\n'.repeat(200) + state.rule
    const fragment = encodeShareFragment(state, { includeEvents: true })
    for (const keep of [0.9, 0.5, 0.2]) {
      const cut = fragment.slice(0, Math.floor(fragment.length * keep))
      const result = decodeShareFragment(cut)
      expect(result.ok).toBe(false)
    }
  })

  it('rejects garbage JSON', () => expectError(v1LinkForJson('{"rule": '), /not valid JSON/))
  it('rejects non-UTF-8 content', () => {
    const link = `v1/${encodeBase64Url(deflateSync(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])))}`
    expectError(link, /not valid UTF-8/)
  })

  it.each([
    ['an array', '[]', /Expected a JSON object, not an array/],
    ['a string', '"rule"', /Expected a JSON object, not a string/],
    ['rule as number', '{"rule": 1}', /'rule' must be a string, not a number/],
    ['events as null', '{"events": null}', /'events' must be a string, not null/],
    ['activeTab as object', '{"activeTab": {}}', /'activeTab' must be a string/],
    ['bad activeTab', '{"activeTab": "a b"}', /not a valid name/],
    ['options as array', '{"options": []}', /'options' must be an object, not an array/],
    ['option as object', '{"options": {"a": {"b": 1}}}', /Option 'a' must be a string, boolean or finite number/],
    ['option infinite', '{"options": {"a": 1e400}}', /Option 'a'/],
    ['bad theme', '{"theme": "neon"}', /'theme' must be one of light, dark, system/],
    ['unknown field', '{"rule": "x", "admin": true}', /Unknown field "admin"/],
    ['too long activeTab', `{"activeTab": "${'a'.repeat(65)}"}`, /too long/],
    ['too long rule', JSON.stringify({ rule: 'a'.repeat(1_000_001) }), /'rule' is too long/],
    ['too many options', JSON.stringify({ options: Object.fromEntries([...Array(65).keys()].map((i) => [`o${i}`, i])) }), /Too many options/],
  ])('rejects wrong types: %s', (_name, json, pattern) => expectError(v1LinkForJson(json), pattern))
})

describe('hostile links', () => {
  it('rejects a 100 MB zip bomb quickly, without inflating it', () => {
    // ~100 KB of deflate that expands to 100 MB of '{"rule":"AAAA...'.
    const parts: Uint8Array[] = []
    const deflater = new Deflate({ level: 1 }, (chunk) => parts.push(chunk))
    deflater.push(new TextEncoder().encode('{"rule":"'))
    const megabyte = new Uint8Array(1 << 20).fill(0x41)
    for (let i = 0; i < 100; i++) deflater.push(megabyte, i === 99)
    const compressed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    parts.reduce((offset, p) => (compressed.set(p, offset), offset + p.length), 0)
    const link = `#v1/${encodeBase64Url(compressed)}`
    expect(link.length).toBeLessThan(200_000)

    const heapBefore = process.memoryUsage().arrayBuffers
    const started = performance.now()
    const result = decodeShareFragment(link)
    const elapsed = performance.now() - started
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/expands to more than 5 MB/)
    expect(elapsed).toBeLessThan(1000)
    // Only about the 5 MB limit may have been held at once, never the 100 MB.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(50 * 1024 * 1024)
  })

  it('accepts the largest valid workspace under the size limit', () => {
    const state = { ...defaultWorkspace(), rule: 'é'.repeat(1_000_000), events: 'a'.repeat(2_000_000) }
    expect(decodedState(encodeShareFragment(state, { includeEvents: true }))).toEqual(state)
  })

  it('refuses to encode what the decoder would refuse', () => {
    const state = { ...defaultWorkspace(), rule: '\u0000'.repeat(1_000_000) } // 6 MB of JSON escapes
    expect(() => encodeShareFragment(state, { includeEvents: true })).toThrow(/too large to share/)
  })

  it('does not pollute Object.prototype through __proto__', () => {
    for (const json of [
      '{"__proto__": {"polluted": 1}}',
      '{"options": {"__proto__": {"polluted": 1}}}',
      '{"options": {"__proto__": "x"}}',
      '{"options": {"constructor": "x"}}',
      '{"options": {"prototype": 1}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
    ]) {
      const result = decodeShareFragment(v1LinkForJson(json))
      expect(result.ok).toBe(false)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
      expect(Object.getPrototypeOf(result.state)).toBe(Object.prototype)
    }
  })

  it('returns options on a null prototype so no inherited key can be read as an option', () => {
    const state = decodedState(v1LinkForJson('{"options": {"a": 1}}'))
    expect(Object.getPrototypeOf(state.options)).toBeNull()
    expect(state.options.toString).toBeUndefined()
  })

  it('keeps HTML in fields as plain data', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>&amp;'
    const state = { ...defaultWorkspace(), rule: html, events: html, options: { label: html } }
    const decoded = decodedState(encodeShareFragment(state, { includeEvents: true }))
    expect(decoded.rule).toBe(html)
    expect(decoded.events).toBe(html)
    expect(decoded.options.label).toBe(html)
  })

  it('refuses absurdly long fragments before decoding', () => {
    expectError(`#v1/${'A'.repeat(2 * 1024 * 1024 + 1)}`, /too long/)
  })

  it('never throws on random garbage', () => {
    const random = seededRandom(99)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let i = 0; i < 500; i++) {
      let payload = ''
      const length = Math.floor(random() * 200)
      for (let j = 0; j < length; j++) payload += alphabet[Math.floor(random() * alphabet.length)]
      const result = decodeShareFragment(`v1/${payload}`)
      expect(typeof result.ok).toBe('boolean')
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0)
    }
  })
})
