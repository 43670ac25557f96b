// One rule value + the entry's modifiers → a test over a field's values. Everything that can be
// precomputed (wildcards, encodings, windash sets, regexes, CIDR masks) is computed here, once.
import type { Diagnostic } from '../api-types'
import { base64Encode, base64OffsetVariants, encodeUtf16 } from '../modifiers/encodings'
import type { YScalar } from '../parse/yaml-tree'
import { cidrContains, parseCidr } from './cidr'
import type { FieldSlot } from './event-view'
import type { Modifiers } from './modifiers'
import { compileSigmaRegex } from './regex'
import type { ValueTest } from './types'
import { compilePattern, hasWildcards, lowerPattern, parseSigmaString, wrapPattern, type Pattern, type StringTest } from './wildcard'

export interface ValueContext {
  source: string
  placeholders: Record<string, string | string[]>
  diagnostics: Diagnostic[]
}

/** Dash characters `windash` accepts where a rule wrote `-` or `/`. */
export const WINDASH_CHARS = '-/\u2013\u2014\u2015'
/** pySigma's rule: a dash or slash that starts a word (an option flag). */
const WINDASH_POSITION = /\B[-/]\b/g
/** Cap on alternatives produced by expand × windash before encoding, against blow-ups. */
const MAX_ALTERNATIVES = 4096
const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/

/** The text a user wrote for a plain scalar (so `0x10` stays `0x10` rather than 16). */
export function scalarSource(node: YScalar, source: string): string {
  if (node.type === 'str') return node.text
  const raw = source.slice(node.range.start, node.range.end)
  return raw.trim() === '' ? node.text : raw.trim()
}

function error(ctx: ValueContext, node: YScalar, message: string, code = 'value-invalid'): null {
  ctx.diagnostics.push({ code, severity: 'error', message, range: node.range })
  return null
}

/** Compiles one value; pushes a diagnostic and returns null when the value cannot be used. */
export function compileValueTest(node: YScalar, m: Modifiers, ctx: ValueContext): ValueTest | null {
  const test = compileInner(node, m, ctx)
  if (test === null || !m.neq) return test
  // `neq`: the field has a value and it is not the given one.
  return (slot, view) => slot.hasValue() && !test(slot, view)
}

function compileInner(node: YScalar, m: Modifiers, ctx: ValueContext): ValueTest | null {
  const text = scalarSource(node, ctx.source)
  if (node.type === 'null' && m.comparator !== 'exists') {
    if (m.transforms.length > 0 || m.position !== 'equals' || m.comparator) return error(ctx, node, 'A null value cannot take value modifiers.')
    // `field: null`: the field is absent or null (an empty string is a value, see `''`).
    return (slot) => !slot.hasValue()
  }
  switch (m.comparator) {
    case 'exists': {
      if (node.type !== 'bool') return error(ctx, node, "'exists' takes true or false.")
      const wanted = node.text === 'True'
      return (slot) => slot.hasValue() === wanted
    }
    case 're':
      return compileRegexTest(node, text, m, ctx)
    case 'cidr': {
      const range = parseCidr(text)
      if (!range) return error(ctx, node, `'${text}' is not an IPv4 or IPv6 network (e.g. 10.0.0.0/8, fe80::/10).`)
      return (slot) => slot.strings.some((s) => s !== null && cidrContains(range, s))
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compileComparison(node, text, m.comparator, ctx)
    case 'fieldref':
      return compileFieldref(text, m)
    case undefined:
      break
  }
  if ((node.type === 'int' || node.type === 'float') && m.position === 'equals' && m.transforms.length === 0) {
    return compileNumberEquals(text, node.number ?? Number(text))
  }
  if (node.type === 'bool' && m.position === 'equals' && m.transforms.length === 0) {
    return compileBoolEquals(text, node.text === 'True')
  }
  const patterns = compilePatterns(node, text, m, ctx)
  if (patterns === null) return null
  return stringTest(patterns.map(compilePattern), m.cased)
}

/** Rule value `7045` matches event 7045, "7045" and "7045.0"; the text itself also matches. */
function compileNumberEquals(text: string, n: number): ValueTest {
  const lower = text.toLowerCase()
  return (slot) => {
    const { items } = slot
    for (let i = 0; i < items.length; i++) {
      const item = items[i]
      if (typeof item === 'number') {
        if (item === n) return true
      } else if (typeof item === 'string') {
        if (item.toLowerCase() === lower || (DECIMAL.test(item) && Number(item) === n)) return true
      }
    }
    return false
  }
}

function compileBoolEquals(text: string, value: boolean): ValueTest {
  const names = new Set([text.toLowerCase(), String(value)])
  return (slot) => slot.items.some((item) => item === value || (typeof item === 'string' && names.has(item.toLowerCase())))
}

function stringTest(tests: StringTest[], cased: boolean): ValueTest {
  if (tests.length === 1) {
    const [one] = tests
    return (slot) => {
      const strings = cased ? slot.strings : slot.lower()
      for (let i = 0; i < strings.length; i++) {
        const s = strings[i]
        if (s !== null && one(s)) return true
      }
      return false
    }
  }
  return (slot) => {
    const strings = cased ? slot.strings : slot.lower()
    for (let i = 0; i < strings.length; i++) {
      const s = strings[i]
      if (s === null) continue
      for (let j = 0; j < tests.length; j++) if (tests[j](s)) return true
    }
    return false
  }
}

/** Applies expand, windash and encodings, then the position: the value's alternative patterns. */
function compilePatterns(node: YScalar, text: string, m: Modifiers, ctx: ValueContext): Pattern[] | null {
  let raws = [text]
  if (m.transforms.includes('expand')) {
    const expanded = expandPlaceholders(text, ctx.placeholders)
    for (const name of expanded.missing) {
      ctx.diagnostics.push({
        code: 'placeholder-missing',
        severity: 'warning',
        message: `Placeholder '%${name}%' has no values in the placeholder table: it is matched literally.`,
        range: node.range,
      })
    }
    raws = expanded.values
  }
  const windash = m.transforms.includes('windash')
  let patterns = raws.map((raw) => parseWithWindash(raw, windash))
  const encoding = m.transforms.find((t) => t === 'utf16le' || t === 'utf16be' || t === 'utf16' || t === 'wide')
  const base64 = m.transforms.find((t) => t === 'base64' || t === 'base64offset')
  if (encoding || base64) {
    if (patterns.some(hasWildcards)) {
      return error(ctx, node, `Wildcards cannot be used with '${base64 ?? encoding}': the encoded text would not contain them. Escape them (\\*) or drop the modifier.`)
    }
    const texts = patterns.flatMap(expandSets)
    if (texts.length > MAX_ALTERNATIVES) return error(ctx, node, 'This value expands to too many alternatives.')
    patterns = texts.flatMap((t) => {
      const bytes = encoding ? encodeUtf16(t, encoding === 'wide' ? 'utf16le' : encoding) : new TextEncoder().encode(t)
      if (base64 === 'base64') return [[{ t: 'text', s: base64Encode(bytes) }]]
      if (base64 === 'base64offset') return base64OffsetVariants(bytes).map((s): Pattern => [{ t: 'text', s }])
      return [[{ t: 'text', s: String.fromCharCode(...bytes) }]]
    })
  }
  const start = m.position === 'contains' || m.position === 'endswith'
  const end = m.position === 'contains' || m.position === 'startswith'
  return patterns.map((p) => {
    const wrapped = wrapPattern(p, start, end)
    return m.cased ? wrapped : lowerPattern(wrapped)
  })
}

function parseWithWindash(raw: string, windash: boolean): Pattern {
  if (!windash) return parseSigmaString(raw)
  // Mark each option dash with a private-use character the parser turns into a set part.
  const marker = '\uE000'
  const pattern = parseSigmaString(raw.replace(WINDASH_POSITION, marker))
  return pattern.flatMap((part): Pattern => {
    if (part.t !== 'text' || !part.s.includes(marker)) return [part]
    const pieces = part.s.split(marker)
    return pieces.flatMap((s, i): Pattern => [...(s ? [{ t: 'text' as const, s }] : []), ...(i < pieces.length - 1 ? [{ t: 'set' as const, chars: WINDASH_CHARS }] : [])])
  })
}

/** Every literal text a wildcard-free pattern stands for (one per choice of each set). */
function expandSets(pattern: Pattern): string[] {
  let texts = ['']
  for (const part of pattern) {
    if (part.t === 'text') texts = texts.map((t) => t + part.s)
    else if (part.t === 'set') texts = texts.flatMap((t) => [...part.chars].map((c) => t + c))
    if (texts.length > MAX_ALTERNATIVES) break
  }
  return texts
}

/** Replaces `%name%` placeholders; several values for one placeholder give several alternatives. */
export function expandPlaceholders(text: string, table: Record<string, string | string[]>): { values: string[]; missing: string[] } {
  const missing: string[] = []
  let values = ['']
  const re = /%([^%\s]+)%/g
  let last = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const literal = text.slice(last, m.index)
    last = m.index + m[0].length
    const entry = Object.hasOwn(table, m[1]) ? table[m[1]] : undefined
    const choices = entry === undefined ? null : Array.isArray(entry) ? entry : [entry]
    if (choices === null || choices.length === 0) {
      missing.push(m[1])
      values = values.map((v) => v + literal + m![0])
      continue
    }
    values = values.flatMap((v) => choices.map((c) => v + literal + c)).slice(0, MAX_ALTERNATIVES)
  }
  values = values.map((v) => v + text.slice(last))
  return { values, missing }
}

function compileRegexTest(node: YScalar, text: string, m: Modifiers, ctx: ValueContext): ValueTest | null {
  const compiled = compileSigmaRegex(text, m.regexFlags)
  if (!compiled.ok) return error(ctx, node, compiled.message, 'regex-invalid')
  const { regex } = compiled
  return (slot) => {
    const { strings } = slot
    for (let i = 0; i < strings.length; i++) {
      const s = strings[i]
      if (s !== null && regex.test(s)) return true
    }
    return false
  }
}

function compileComparison(node: YScalar, text: string, op: 'gt' | 'gte' | 'lt' | 'lte', ctx: ValueContext): ValueTest | null {
  const limit = node.number ?? (DECIMAL.test(text) ? Number(text) : NaN)
  if (!Number.isFinite(limit)) return error(ctx, node, `'${op}' compares numbers: '${text}' is not a number.`)
  const compare: (n: number) => boolean =
    op === 'gt' ? (n) => n > limit : op === 'gte' ? (n) => n >= limit : op === 'lt' ? (n) => n < limit : (n) => n <= limit
  return (slot) =>
    slot.items.some((item) => {
      const n = typeof item === 'number' ? item : typeof item === 'string' && DECIMAL.test(item) ? Number(item) : NaN
      return !Number.isNaN(n) && compare(n)
    })
}

/** `|fieldref`: compares with the value of another field of the same event. */
function compileFieldref(otherField: string, m: Modifiers): ValueTest {
  const relation: (a: string, b: string) => boolean =
    m.position === 'contains' ? (a, b) => a.includes(b) : m.position === 'startswith' ? (a, b) => a.startsWith(b) : m.position === 'endswith' ? (a, b) => a.endsWith(b) : (a, b) => a === b
  return (slot: FieldSlot, view) => {
    const other = view.slot(otherField)
    const mine = m.cased ? slot.strings : slot.lower()
    const theirs = m.cased ? other.strings : other.lower()
    return mine.some((a) => a !== null && theirs.some((b) => b !== null && relation(a, b)))
  }
}
