import { describe, expect, it } from 'vitest'
import { fetchRuleFromUrl, type FetchLike } from './fetch-rule'

const URL_ = 'https://raw.githubusercontent.com/o/r/main/rule.yml'

function respond(body: BodyInit | null, init?: ResponseInit): FetchLike {
  return async () => new Response(body, init)
}

describe('fetchRuleFromUrl', () => {
  it('returns the text byte for byte', async () => {
    const text = 'title: x\r\n# comment\r\n'
    expect(await fetchRuleFromUrl(URL_, respond(text), { maxBytes: 1000 })).toEqual({ ok: true, text })
  })

  it('sends no credentials', async () => {
    let seen: RequestInit | undefined
    await fetchRuleFromUrl(URL_, async (_url, init) => ((seen = init), new Response('x')), { maxBytes: 10 })
    expect(seen?.credentials).toBe('omit')
  })

  it('reports non-2xx answers', async () => {
    const result = await fetchRuleFromUrl(URL_, respond('nope', { status: 404, statusText: 'Not Found' }), { maxBytes: 10 })
    expect(result).toEqual({
      ok: false,
      error:
        'Could not download the rule from raw.githubusercontent.com: the server answered 404 Not Found. ' +
        'Check the address; private repositories cannot be opened.',
    })
  })

  it('reports network errors', async () => {
    const result = await fetchRuleFromUrl(URL_, async () => Promise.reject(new TypeError('Failed to fetch')), { maxBytes: 10 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/network failed.*cross-origin.*Failed to fetch/)
  })

  it('refuses a declared size over the limit without reading the body', async () => {
    const result = await fetchRuleFromUrl(URL_, respond('x'.repeat(20), { headers: { 'content-length': '5000000' } }), {
      maxBytes: 10,
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/larger than/)
  })

  it('stops reading an endless body at the limit', async () => {
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(1024).fill(0x61))
      },
    })
    const result = await fetchRuleFromUrl(URL_, respond(endless), { maxBytes: 10_000 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/larger than 10 KB/)
    expect(pulled).toBeLessThan(20)
  })

  it('rejects binary content', async () => {
    const result = await fetchRuleFromUrl(URL_, respond(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])), { maxBytes: 100 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/not UTF-8 text/)
  })

  it('reports cancellation', async () => {
    const controller = new AbortController()
    controller.abort()
    const result = await fetchRuleFromUrl(URL_, async (_u, init) => {
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError')
      return new Response('x')
    }, { maxBytes: 10, signal: controller.signal })
    expect(result).toEqual({ ok: false, error: 'The download was cancelled.' })
  })
})
