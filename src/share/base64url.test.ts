import { describe, expect, it } from 'vitest'
import { decodeBase64Url, encodeBase64Url } from './base64url'
import { seededRandom } from './test-support/random'

describe('base64url', () => {
  it('matches Node’s base64url and round trips random bytes', () => {
    const random = seededRandom(1)
    for (let length = 0; length < 200; length++) {
      const bytes = new Uint8Array(length).map(() => Math.floor(random() * 256))
      const text = encodeBase64Url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect(decodeBase64Url(text)).toEqual(bytes)
    }
  })

  it.each([
    ['padding', 'AA=='],
    ['standard alphabet', 'a+b/'],
    ['impossible length', 'AAAAA'],
    ['non-zero leftover bits', 'AB'],
    ['non-ASCII', 'AAé'],
    ['whitespace', 'AA AA'],
  ])('rejects %s', (_name, text) => expect(decodeBase64Url(text)).toBeNull())
})
