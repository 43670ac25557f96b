import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { inflateRawBounded } from './bounded-inflate'

describe('inflateRawBounded', () => {
  const text = new TextEncoder().encode('hello '.repeat(10_000))

  it('inflates data within the limit', () => {
    const result = inflateRawBounded(deflateSync(text), text.length)
    expect(result).toEqual({ ok: true, bytes: text })
  })

  it('stops at the limit', () => {
    const result = inflateRawBounded(deflateSync(text), text.length - 1)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/expands to more than 58\.6 KB/)
  })

  it('reports truncated and damaged input', () => {
    const compressed = deflateSync(text)
    const truncated = inflateRawBounded(compressed.subarray(0, compressed.length - 5), 1e6)
    expect(truncated.ok).toBe(false)
    expect(inflateRawBounded(new Uint8Array([0xff, 0xff, 0xff]), 1e6).ok).toBe(false)
    expect(inflateRawBounded(new Uint8Array(0), 1e6).ok).toBe(false)
  })
})
