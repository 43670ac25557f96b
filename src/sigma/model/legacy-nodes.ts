// The parse tree of the legacy converter: what its backends walk. Its shape (sub-expression
// wrappers, where the optimizer may reach) decides the parentheses of every legacy query, so we
// model it as it was rather than as one would design it today.
import type { SourceRange } from '../api-types'
import type { ScalarType } from '../parse/scalar'

/** A rule value as the legacy converter saw it: a Python str, int, float, bool or None. */
export interface PlainValue {
  type: ScalarType
  text: string
  range?: SourceRange
}

/** A value with a type modifier (`|re`): backends must handle it on purpose. */
export interface RegexValue {
  type: 're'
  text: string
  range?: SourceRange
}

export type FieldValue = PlainValue | RegexValue | PlainValue[]

export type LegacyNode =
  | { kind: 'and' | 'or'; items: LegacyNode[] }
  | { kind: 'not'; item: LegacyNode }
  | { kind: 'sub'; item: LegacyNode }
  | { kind: 'field'; field: string; value: FieldValue; range?: SourceRange }
  | { kind: 'keyword'; value: PlainValue; range?: SourceRange }
  | { kind: 'null' | 'not-null'; field: string; range?: SourceRange }

export function isPlainValue(value: FieldValue): value is PlainValue {
  return !Array.isArray(value) && value.type !== 're'
}

/** Python equality of two values: ints equal bools of the same number, strings equal strings. */
function valueKey(value: PlainValue | RegexValue): string {
  if (value.type === 'bool') return 'n:' + (value.text === 'True' ? '1' : '0')
  if (value.type === 'int' || value.type === 'float') return 'n:' + Number(value.text)
  return value.type + ':' + value.text
}

/**
 * Equality as the legacy optimizer saw it: field/value tuples and keywords compare by value,
 * every other node only by identity.
 */
export function leafKey(node: LegacyNode): string | null {
  if (node.kind === 'field') {
    const value = Array.isArray(node.value) ? '[' + node.value.map(valueKey).join('\u0000') + ']' : node.value.type === 're' ? null : valueKey(node.value)
    return value === null ? null : 'f\u0001' + node.field + '\u0001' + value
  }
  if (node.kind === 'keyword') return 'k\u0001' + valueKey(node.value)
  return null
}

export function sameNode(a: LegacyNode, b: LegacyNode): boolean {
  if (a === b) return true
  const ka = leafKey(a)
  return ka !== null && ka === leafKey(b)
}
