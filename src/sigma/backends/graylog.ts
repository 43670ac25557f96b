// Graylog search, as sigmac 0.13 printed it: Elasticsearch query syntax with every value quoted.
// 0.13 had no regular expressions for Graylog, and Lucene's anchored regex dialect would silently
// change PCRE patterns' meaning, so `|re` is reported as unsupported.
import type { TextQueryBackend } from '../convert/backend'
import { backslashEscaper } from './escape'

const escapeValue = backslashEscaper(/[+\-!(){}[\]^"~:/]|(?<!\\)\\(?![*?\\])|&&|\|\|/)

export const graylog: TextQueryBackend = {
  id: 'graylog',
  label: 'graylog',
  outputLanguage: 'plaintext',
  reference: '0.13',
  andToken: ' AND ',
  orToken: ' OR ',
  notToken: 'NOT ',
  subExpression: '(%s)',
  parenthesizeSingleItemSub: true,
  listExpression: '(%s)',
  listSeparator: ' ',
  mapExpression: '%s:%s',
  nullExpression: 'NOT _exists_:%s',
  notNullExpression: '_exists_:%s',
  value: (value) => `"${escapeValue(value.text)}"`,
}
