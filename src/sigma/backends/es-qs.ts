// Elasticsearch query string, as sigmac 0.20 printed it: wildcard values go to the `.keyword`
// sub-field unquoted, every other value is quoted; field-less keywords search `*.keyword`.
import type { TextQueryBackend } from '../convert/backend'
import { format } from '../convert/backend'
import type { LegacyNode } from '../model/legacy-nodes'
import { backslashEscaper, LEGACY_WILDCARD } from './escape'

const escapeValue = backslashEscaper(/[\s+\-=!(){}[\]^"~:/]|(?<!\\)\\(?![*?\\])|\\u|&&|\|\|/u)

function isKeywordOnly(node: LegacyNode): node is Extract<LegacyNode, { kind: 'and' | 'or' }> {
  return (node.kind === 'and' || node.kind === 'or') && node.items.every((item) => item.kind === 'keyword' && (item.value.type === 'str' || item.value.type === 'int'))
}

function surroundWithStars(text: string): string {
  return (text.startsWith('*') ? '' : '*') + text + (text.endsWith('*') ? '' : '*')
}

export const esQs: TextQueryBackend = {
  id: 'es-qs',
  label: 'es-qs',
  outputLanguage: 'plaintext',
  reference: '0.20',
  andToken: ' AND ',
  orToken: ' OR ',
  notToken: 'NOT ',
  subExpression: '(%s)',
  parenthesizeSingleItemSub: false,
  listExpression: '(%s)',
  listSeparator: ' OR ',
  mapExpression: '%s:%s',
  nullExpression: 'NOT _exists_:%s',
  notNullExpression: '_exists_:%s',
  value(value, state) {
    const text = escapeValue(value.text)
    if (text.trim() === '' ) return '""'
    return state.matchKeyword ? text : `"${text}"`
  },
  fieldName(field, value, state) {
    const values = value === null ? [] : Array.isArray(value) ? value : [value]
    state.matchKeyword = values.some((v) => v.type === 'str' && LEGACY_WILDCARD.test(v.text))
    return state.matchKeyword ? field + '.keyword' : field
  },
  regex: (field, pattern) => `${field}.keyword:/${pattern}/`,
  nodes: {
    not(node, render) {
      const inner = render(node.item)
      return inner === null ? null : `(NOT ${inner})`
    },
    sub(node, render, state, renderDefault) {
      const item = node.item
      if (!isKeywordOnly(item)) return renderDefault()
      // Field-less keywords: search every keyword field, as a contains match.
      const items = item.items.map((k): LegacyNode => (k.kind === 'keyword' && k.value.type === 'str' ? { ...k, value: { ...k.value, text: surroundWithStars(k.value.text) } } : k))
      state.matchKeyword = true
      const inner = render({ kind: item.kind, items })
      state.matchKeyword = false
      if (inner === null) return null
      return '\\*.keyword:' + (items.length === 1 ? inner : format('(%s)', inner))
    },
  },
}
