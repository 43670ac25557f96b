import { describe, expect, it } from 'vitest'
import { ruleUrlFromLocation } from './rule-url'

const param = (url: string) => `?url=${encodeURIComponent(url)}`

describe('ruleUrlFromLocation', () => {
  it('is null without a url parameter', () => {
    expect(ruleUrlFromLocation('')).toBeNull()
    expect(ruleUrlFromLocation('?other=1')).toBeNull()
  })

  it('accepts http(s) addresses as they are', () => {
    expect(ruleUrlFromLocation(param('https://example.com/rules/a.yml?x=1'))).toEqual({
      ok: true,
      url: 'https://example.com/rules/a.yml?x=1',
    })
    expect(ruleUrlFromLocation('url=http://example.com/a.yml')).toEqual({ ok: true, url: 'http://example.com/a.yml' })
  })

  it('keeps a + in the address and reports bad percent-encoding', () => {
    expect(ruleUrlFromLocation('?url=https://example.com/a+b.yml')).toEqual({ ok: true, url: 'https://example.com/a+b.yml' })
    expect(ruleUrlFromLocation('?x=1&url=https%3A%2F%2Fexample.com%2Fr.yml&y=2')).toEqual({
      ok: true,
      url: 'https://example.com/r.yml',
    })
    expect(ruleUrlFromLocation('?url=https://example.com/%E0%A4%A')).toEqual({
      ok: false,
      error: 'The url parameter is not correctly percent-encoded.',
    })
    expect(ruleUrlFromLocation('?url')).toEqual({ ok: false, error: 'The url parameter is empty.' })
  })

  it('turns GitHub blob and raw page addresses into raw file addresses', () => {
    expect(
      ruleUrlFromLocation(param('https://github.com/SigmaHQ/sigma/blob/master/rules/windows/a b.yml?plain=1#L3')),
    ).toEqual({ ok: true, url: 'https://raw.githubusercontent.com/SigmaHQ/sigma/master/rules/windows/a%20b.yml' })
    expect(ruleUrlFromLocation(param('https://github.com/o/r/raw/feature/x/rule.yml'))).toEqual({
      ok: true,
      url: 'https://raw.githubusercontent.com/o/r/feature/x/rule.yml',
    })
    expect(ruleUrlFromLocation(param('https://gist.github.com/me/abc123'))).toEqual({
      ok: true,
      url: 'https://gist.githubusercontent.com/me/abc123/raw',
    })
    // Not a file page: left alone.
    expect(ruleUrlFromLocation(param('https://github.com/SigmaHQ/sigma'))).toEqual({
      ok: true,
      url: 'https://github.com/SigmaHQ/sigma',
    })
  })

  it.each([
    ['javascript:alert(1)', /Only http and https/],
    ['data:text/plain,title', /Only http and https/],
    ['file:///etc/passwd', /Only http and https/],
    ['not a url', /not a valid address/],
    ['', /empty/],
    ['https://user:pw@example.com/a.yml', /user name or password/],
    ['https://example.com/' + 'a'.repeat(3000), /too long/],
  ])('rejects %s', (url, pattern) => {
    const result = ruleUrlFromLocation(param(url))
    expect(result?.ok).toBe(false)
    if (result && !result.ok) expect(result.error).toMatch(pattern)
  })
})
