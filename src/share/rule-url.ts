// `?url=<address>` opens a rule from the web. Only http(s) addresses are accepted, and GitHub
// page addresses are rewritten to their raw file so users can paste what their browser shows.

export type RuleUrlResult = { ok: true; url: string } | { ok: false; error: string }

export const MAX_RULE_URL_CHARS = 2_048

/**
 * Reads `url` from a query string (`?url=...`, with or without `?`); null when absent.
 * Percent-decoded by hand rather than with URLSearchParams, which would turn a `+` in a pasted
 * address (`a+b.yml`) into a space. Links we build should encode the address (encodeURIComponent).
 */
export function ruleUrlFromLocation(search: string): RuleUrlResult | null {
  const query = search.startsWith('?') ? search.slice(1) : search
  const raw = query.split('&').find((part) => part === 'url' || part.startsWith('url='))
  if (raw === undefined) return null
  let value: string
  try {
    value = decodeURIComponent(raw.slice(4))
  } catch {
    return { ok: false, error: 'The url parameter is not correctly percent-encoded.' }
  }
  return validateRuleUrl(value.trim())
}

export function validateRuleUrl(value: string): RuleUrlResult {
  if (value.length === 0) return { ok: false, error: 'The url parameter is empty.' }
  if (value.length > MAX_RULE_URL_CHARS) {
    return { ok: false, error: `The url parameter is too long (over ${MAX_RULE_URL_CHARS} characters).` }
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, error: `The url parameter is not a valid address: ${JSON.stringify(value.slice(0, 200))}.` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `Only http and https addresses can be opened, not ${url.protocol.replace(/:$/, '')}.` }
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'Addresses with a user name or password cannot be opened.' }
  }
  return { ok: true, url: toRawUrl(url) }
}

/** github.com/o/r/blob/<ref>/<path> → raw.githubusercontent.com/o/r/<ref>/<path>; gists → their raw file. */
function toRawUrl(url: URL): string {
  const host = url.hostname.toLowerCase()
  const segments = url.pathname.split('/').filter((s) => s !== '')
  if ((host === 'github.com' || host === 'www.github.com') && segments.length >= 5) {
    const [owner, repo, kind, ...rest] = segments
    if (kind === 'blob' || kind === 'raw') return `https://raw.githubusercontent.com/${owner}/${repo}/${rest.join('/')}`
  }
  if (host === 'gist.github.com' && segments.length === 2) {
    return `https://gist.githubusercontent.com/${segments[0]}/${segments[1]}/raw`
  }
  return url.href
}
