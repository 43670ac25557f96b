// The value modifiers of the Sigma specification, and their normalisation into one record per
// field entry (position, list mode, case, transformations, comparator) with explicit errors for
// unknown modifiers and combinations that make no sense.
import type { SourceRange } from '../api-types'
import { SigmaError } from '../diagnostics'

export type Position = 'equals' | 'contains' | 'startswith' | 'endswith'
export type Transform = 'expand' | 'windash' | 'utf16le' | 'utf16be' | 'utf16' | 'wide' | 'base64' | 'base64offset'
export type Comparator = 're' | 'cidr' | 'exists' | 'fieldref' | 'gt' | 'gte' | 'lt' | 'lte'

type ModifierKind = 'position' | 'all' | 'cased' | 'neq' | 'transform' | 'comparator' | 'regex-flag'

/** The registry: every modifier name the specification defines, by kind. */
export const MODIFIERS: Readonly<Record<string, ModifierKind>> = Object.freeze({
  contains: 'position',
  startswith: 'position',
  endswith: 'position',
  all: 'all',
  cased: 'cased',
  neq: 'neq',
  expand: 'transform',
  windash: 'transform',
  utf16le: 'transform',
  utf16be: 'transform',
  utf16: 'transform',
  wide: 'transform',
  base64: 'transform',
  base64offset: 'transform',
  re: 'comparator',
  cidr: 'comparator',
  exists: 'comparator',
  fieldref: 'comparator',
  gt: 'comparator',
  gte: 'comparator',
  lt: 'comparator',
  lte: 'comparator',
  i: 'regex-flag',
  m: 'regex-flag',
  s: 'regex-flag',
})

export interface Modifiers {
  names: string[]
  position: Position
  all: boolean
  cased: boolean
  neq: boolean
  /** In the order written: expand and windash act on text, utf16 makes bytes, base64 encodes. */
  transforms: Transform[]
  comparator?: Comparator
  regexFlags: { i: boolean; m: boolean; s: boolean }
}

const ENCODINGS = new Set<Transform>(['utf16le', 'utf16be', 'utf16', 'wide'])
const BASE64 = new Set<Transform>(['base64', 'base64offset'])

/**
 * Normalises `names` (the parts after the field name). `rangeOf(i)` gives the source range of the
 * i-th modifier. Errors are collected, not thrown, so one entry can report several problems.
 */
export function normalizeModifiers(names: string[], rangeOf: (index: number) => SourceRange): { modifiers: Modifiers; errors: SigmaError[] } {
  const errors: SigmaError[] = []
  const modifiers: Modifiers = {
    names,
    position: 'equals',
    all: false,
    cased: false,
    neq: false,
    transforms: [],
    regexFlags: { i: false, m: false, s: false },
  }
  const fail = (index: number, message: string): void => {
    errors.push(new SigmaError(message, rangeOf(index), 'modifier-invalid'))
  }
  let base64Seen = false
  names.forEach((name, index) => {
    const kind = Object.hasOwn(MODIFIERS, name) ? MODIFIERS[name] : undefined
    switch (kind) {
      case undefined:
        fail(index, name === '' ? "Empty modifier: remove the extra '|'." : `Unknown modifier '${name}'.`)
        return
      case 'position':
        if (modifiers.position !== 'equals') fail(index, `'${name}' cannot be combined with '${modifiers.position}'.`)
        else modifiers.position = name as Position
        return
      case 'all':
        modifiers.all = true
        return
      case 'cased':
        modifiers.cased = true
        return
      case 'neq':
        modifiers.neq = true
        return
      case 'regex-flag':
        modifiers.regexFlags[name as 'i' | 'm' | 's'] = true
        return
      case 'comparator':
        if (modifiers.comparator) fail(index, `'${name}' cannot be combined with '${modifiers.comparator}'.`)
        else modifiers.comparator = name as Comparator
        return
      case 'transform': {
        const transform = name as Transform
        if (modifiers.transforms.includes(transform)) {
          fail(index, `'${name}' is given twice.`)
          return
        }
        if (BASE64.has(transform) && base64Seen) fail(index, "Only one of 'base64' and 'base64offset' can be used.")
        if (ENCODINGS.has(transform) && base64Seen) fail(index, `'${name}' must come before 'base64'/'base64offset': it encodes the text that base64 then encodes.`)
        if (ENCODINGS.has(transform) && modifiers.transforms.some((t) => ENCODINGS.has(t))) fail(index, 'Only one UTF-16 encoding modifier can be used.')
        if (BASE64.has(transform)) base64Seen = true
        modifiers.transforms.push(transform)
        return
      }
    }
  })
  checkCombinations(modifiers, names, fail)
  return { modifiers, errors }
}

function checkCombinations(m: Modifiers, names: string[], fail: (index: number, message: string) => void): void {
  const at = (name: string): number => Math.max(0, names.indexOf(name))
  const flags = (['i', 'm', 's'] as const).filter((f) => m.regexFlags[f])
  if (m.comparator !== 're') {
    for (const flag of flags) fail(at(flag), `'${flag}' is a regular expression flag: use it after 're' (re|${flag}).`)
  }
  switch (m.comparator) {
    case undefined:
      return
    case 're':
      if (m.position !== 'equals' || m.transforms.length > 0 || m.cased || m.neq) {
        fail(at('re'), "'re' must stand alone (only the flags i, m, s may follow it): write the whole match in the regular expression.")
      }
      return
    case 'fieldref':
      if (m.transforms.length > 0) fail(at('fieldref'), "'fieldref' compares with another field's value: it cannot be combined with encodings.")
      return
    default:
      if (m.position !== 'equals' || m.transforms.length > 0 || m.cased || m.neq) {
        fail(at(m.comparator), `'${m.comparator}' cannot be combined with other value modifiers.`)
      }
  }
}
