// Sigma strings as parts (text | `*` | `?` | a character set), and fast matchers built from them.
// Escapes follow the specification: a backslash escapes only `*`, `?` and `\`; any other backslash
// is literal, so `C:\Windows\` needs no doubling while `\\*` is a backslash then a wildcard.

import { parseSigmaString as parseValueParts } from '../value/sigma-string'

export type Part =
  | { t: 'text'; s: string }
  | { t: 'any' }
  | { t: 'one' }
  /** One character out of `chars` (windash positions). */
  | { t: 'set'; chars: string }

export type Pattern = Part[]

/** Parses a rule value into matcher parts from the core's value model (src/sigma/value). */
export function parseSigmaString(raw: string): Pattern {
  const parts: Pattern = []
  let text = ''
  const flush = (): void => {
    if (text) parts.push({ t: 'text', s: text })
    text = ''
  }
  for (const part of parseValueParts(raw)) {
    if (part.kind === 'text') text += part.text
    else if (part.kind === 'escaped-wildcard') text += part.char
    else if (part.char === '?') {
      flush()
      parts.push({ t: 'one' })
    } else {
      flush()
      if (parts[parts.length - 1]?.t !== 'any') parts.push({ t: 'any' })
    }
  }
  flush()
  return parts
}

/** A literal text as a pattern (no wildcard interpretation). */
export function literalPattern(text: string): Pattern {
  return text ? [{ t: 'text', s: text }] : []
}

export function hasWildcards(pattern: Pattern): boolean {
  return pattern.some((p) => p.t === 'any' || p.t === 'one')
}

/** Joins neighbouring text parts and collapses repeated `*`. */
export function normalizePattern(pattern: Pattern): Pattern {
  const out: Pattern = []
  for (const part of pattern) {
    const last = out[out.length - 1]
    if (part.t === 'text') {
      if (!part.s) continue
      if (last?.t === 'text') out[out.length - 1] = { t: 'text', s: last.s + part.s }
      else out.push(part)
    } else if (part.t === 'any' && last?.t === 'any') continue
    else out.push(part)
  }
  return out
}

export function wrapPattern(pattern: Pattern, start: boolean, end: boolean): Pattern {
  const out = [...pattern]
  if (start && out[0]?.t !== 'any') out.unshift({ t: 'any' })
  if (end && out[out.length - 1]?.t !== 'any') out.push({ t: 'any' })
  return out
}

export function lowerPattern(pattern: Pattern): Pattern {
  return pattern.map((p) => (p.t === 'text' ? { t: 'text', s: p.s.toLowerCase() } : p.t === 'set' ? { t: 'set', chars: p.chars.toLowerCase() } : p))
}

/** The pattern as the user would write it (for explanations). */
export function patternText(pattern: Pattern): string {
  return pattern
    .map((p) => (p.t === 'text' ? p.s.replace(/[\\*?]/g, '\\$&') : p.t === 'any' ? '*' : p.t === 'one' ? '?' : `[${p.chars}]`))
    .join('')
}

export type StringTest = (s: string) => boolean

/**
 * Compiles a pattern to a string test. Plain text, prefix, suffix and substring patterns use string
 * methods; `*`-only globs a segment scan; anything with `?` or sets a regex.
 */
export function compilePattern(input: Pattern): StringTest {
  const pattern = normalizePattern(input)
  if (pattern.length === 0) return (s) => s === ''
  const onlyTextAndAny = pattern.every((p) => p.t === 'text' || p.t === 'any')
  if (!onlyTextAndAny) {
    // A leading or trailing `*` becomes an unanchored end rather than `.*`: faster, and it keeps
    // backtracking linear for the usual `contains` shapes.
    const openStart = pattern[0].t === 'any'
    const openEnd = pattern.length > 1 && pattern[pattern.length - 1].t === 'any'
    const body = pattern.slice(openStart ? 1 : 0, openEnd ? -1 : undefined)
    const re = new RegExp((openStart ? '' : '^') + body.map(partToRegex).join('') + (openEnd ? '' : '$'), 's')
    return (s) => re.test(s)
  }
  const first = pattern[0]
  const last = pattern[pattern.length - 1]
  if (pattern.length === 1) {
    if (first.t === 'any') return () => true
    const text = (first as { s: string }).s
    return (s) => s === text
  }
  if (pattern.length === 2) {
    if (first.t === 'text') {
      const text = first.s
      return (s) => s.startsWith(text)
    }
    const text = (last as { s: string }).s
    return (s) => s.endsWith(text)
  }
  if (pattern.length === 3 && first.t === 'any' && last.t === 'any') {
    const text = (pattern[1] as { s: string }).s
    return (s) => s.includes(text)
  }
  return globTest(pattern)
}

/** `*`-only glob: anchor the ends, then find each middle segment left to right (greedy is exact). */
function globTest(pattern: Pattern): StringTest {
  const head = pattern[0].t === 'text' ? pattern[0].s : null
  const tail = pattern[pattern.length - 1].t === 'text' ? (pattern[pattern.length - 1] as { s: string }).s : null
  const middle = pattern
    .slice(head === null ? 0 : 1, tail === null ? undefined : -1)
    .flatMap((p) => (p.t === 'text' ? [p.s] : []))
  const minLength = (head?.length ?? 0) + (tail?.length ?? 0)
  return (s) => {
    if (s.length < minLength) return false
    if (head !== null && !s.startsWith(head)) return false
    if (tail !== null && !s.endsWith(tail)) return false
    let pos = head?.length ?? 0
    const limit = s.length - (tail?.length ?? 0)
    for (const segment of middle) {
      const found = s.indexOf(segment, pos)
      if (found < 0 || found + segment.length > limit) return false
      pos = found + segment.length
    }
    return true
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

function partToRegex(part: Part): string {
  switch (part.t) {
    case 'text':
      return escapeRegex(part.s)
    case 'any':
      return '.*'
    case 'one':
      return '.'
    case 'set':
      return '[' + [...part.chars].map(escapeRegex).join('') + ']'
  }
}
