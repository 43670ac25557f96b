// Splunk SPL, as sigmac 0.20 printed it; the rule's `fields` become `| table a,b`.
import type { Aggregation } from '../condition/ast'
import type { TextQueryBackend } from '../convert/backend'
import { UnsupportedFeatureError } from '../diagnostics'
import { backslashEscaper, QUOTE_OR_LONE_BACKSLASH } from './escape'

const escapeValue = backslashEscaper(QUOTE_OR_LONE_BACKSLASH)

function aggregation(agg: Aggregation): string {
  if (agg.kind === 'near') throw new UnsupportedFeatureError("splunk cannot express the 'near' aggregation.", agg.range)
  const by = agg.groupBy ? ` by ${agg.groupBy}` : ''
  const test = `search val ${agg.operator} ${agg.threshold}`
  // The reference wrote no space before the pipe of a grouped plain count; kept byte for byte.
  if (agg.func === 'count' && !agg.field) return agg.groupBy ? ` | eventstats count as val${by}| ${test}` : ` | eventstats count as val | ${test}`
  const func = agg.func === 'count' ? 'dc' : agg.func
  return ` | eventstats ${func}(${agg.field ?? ''}) as val${by} | ${test}`
}

export const splunk: TextQueryBackend = {
  id: 'splunk',
  label: 'splunk',
  outputLanguage: 'plaintext',
  reference: '0.20',
  andToken: ' ',
  orToken: ' OR ',
  notToken: 'NOT ',
  subExpression: '(%s)',
  parenthesizeSingleItemSub: false,
  listExpression: '(%s)',
  listSeparator: ' ',
  mapExpression: '%s=%s',
  mapList: (field, values, value) => '(' + values.map((v) => `${field}=${value(v)}`).join(' OR ') + ')',
  nullExpression: 'NOT %s="*"',
  notNullExpression: '%s="*"',
  value: (value) => `"${escapeValue(value.text)}"`,
  aggregation,
  afterQuery: (query) => (query.fields ? ' | table ' + query.fields.join(',') : ''),
}
