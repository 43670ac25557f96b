// Value modifiers as the legacy converter (0.20) applied them to a field's value, left to right.
// Modifiers it did not know are reported by name, so each backend can say what it lacks.
import { SigmaError, UnsupportedFeatureError } from '../diagnostics'
import type { SourceRange } from '../api-types'
import type { PlainValue, RegexValue } from '../model/legacy-nodes'
import { base64Encode, base64OffsetVariants, encodeUtf16 } from './encodings'
import { windashVariants } from './windash'

/** A value while modifiers transform it: Python str/int/..., bytes, lists, AND-lists or a regex. */
export type ModValue =
  | PlainValue
  | RegexValue
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'list'; items: ModValue[] }
  | { type: 'all'; items: ModValue[] }

/**
 * Modifiers newer than the legacy converters that expand to plain values, so every text backend can
 * express them exactly (the reference failed on these rules; we convert them by the specification).
 */
const EXTENSIONS = ['windash']

/** The legacy converter releases whose output we reproduce; their modifiers differ. */
export type LegacyRelease = '0.13' | '0.20'

const KNOWN_MODIFIERS: Record<LegacyRelease, ReadonlySet<string>> = {
  '0.13': new Set(['contains', 'all', 'base64', 'base64offset', 'utf16le', 'utf16be', 'utf16', 'wide', 're', ...EXTENSIONS]),
  '0.20': new Set(['contains', 'startswith', 'endswith', 'all', 'base64', 'base64offset', 'utf16le', 'utf16be', 'utf16', 'wide', 're', ...EXTENSIONS]),
}

function typeError(modifier: string, range?: SourceRange): never {
  throw new SigmaError(`The '${modifier}' modifier cannot be applied to this value type.`, range, 'modifier-value-type')
}

/** Applies `fn` to every string of a list-or-string value, flattening list results like the original. */
function mapStrings(value: ModValue, modifier: string, fn: (s: PlainValue) => ModValue, allowBytes = false, bytesFn?: (b: Uint8Array) => ModValue, range?: SourceRange): ModValue {
  const one = (v: ModValue): ModValue => {
    if (v.type === 'str') return fn(v)
    if (v.type === 'bytes' && allowBytes && bytesFn) return bytesFn(v.bytes)
    if (v.type === 'list' || v.type === 'all') {
      const items: ModValue[] = []
      for (const item of v.items) {
        const r = one(item)
        if (r.type === 'list' && v.type === 'list') items.push(...r.items)
        else items.push(r)
      }
      return { type: v.type, items }
    }
    return typeError(modifier, range)
  }
  return one(value)
}

function text(value: PlainValue, newText: string): PlainValue {
  return { ...value, type: 'str', text: newText }
}

export function applyLegacyModifier(name: string, value: ModValue, range: SourceRange | undefined, release: LegacyRelease): ModValue {
  if (!KNOWN_MODIFIERS[release].has(name)) {
    throw new UnsupportedFeatureError(`the '${name}' modifier is unknown to the reference converter (sigmac ${release})`, range)
  }
  // 0.20 keeps a trailing backslash literal by escaping the wildcard it appends; 0.13 did not.
  const starAfter = (s: string) => (release === '0.20' && s.endsWith('\\') ? '\\*' : '*')
  switch (name) {
    case 'contains':
      return mapStrings(value, name, (v) => {
        let s = v.text
        if (!s.startsWith('*')) s = '*' + s
        if (!s.endsWith('*')) s += starAfter(s)
        return text(v, s)
      }, false, undefined, range)
    case 'startswith':
      return mapStrings(value, name, (v) => {
        let s = v.text
        if (!s.endsWith('*')) s += starAfter(s)
        return text(v, s)
      }, false, undefined, range)
    case 'endswith':
      return mapStrings(value, name, (v) => text(v, v.text.startsWith('*') ? v.text : '*' + v.text), false, undefined, range)
    case 'all':
      if (value.type !== 'list') return typeError(name, range)
      return { type: 'all', items: value.items }
    case 'base64':
      return mapStrings(value, name, (v) => text(v, base64Encode(new TextEncoder().encode(v.text))), true, (b) => ({ type: 'str', text: base64Encode(b) }), range)
    case 'base64offset': {
      const variants = (bytes: Uint8Array): ModValue => ({
        type: 'list',
        items: base64OffsetVariants(bytes).map((t) => ({ type: 'str', text: t }) as PlainValue),
      })
      return mapStrings(value, name, (v) => variants(new TextEncoder().encode(v.text)), true, variants, range)
    }
    case 'utf16le':
    case 'wide':
    case 'utf16be':
    case 'utf16': {
      const encoding = name === 'wide' ? 'utf16le' : name
      return mapStrings(value, name, (v) => ({ type: 'bytes', bytes: encodeUtf16(v.text, encoding) }), false, undefined, range)
    }
    case 'windash':
      return mapStrings(value, name, (v) => ({ type: 'list', items: windashVariants(v.text).map((t) => text(v, t)) }), false, undefined, range)
    case 're':
      if (value.type === 'list') throw new UnsupportedFeatureError("the 're' modifier on a list of patterns is unknown to the reference converter", range)
      if (value.type !== 'str') return typeError(name, range)
      return { type: 're', text: value.text, range: value.range }
    default:
      throw new UnsupportedFeatureError(`the '${name}' modifier is not implemented`, range)
  }
}
