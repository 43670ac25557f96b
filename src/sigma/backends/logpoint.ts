// LogPoint query language, as sigmac 0.13 printed it (without the later built-in field mapping).
import type { TextQueryBackend } from '../convert/backend'
import { backslashEscaper, QUOTE_OR_LONE_BACKSLASH } from './escape'

const escapeValue = backslashEscaper(QUOTE_OR_LONE_BACKSLASH)

export const logpoint: TextQueryBackend = {
  id: 'logpoint',
  label: 'logpoint',
  outputLanguage: 'plaintext',
  reference: '0.13',
  andToken: ' ',
  orToken: ' OR ',
  notToken: ' -',
  subExpression: '(%s)',
  parenthesizeSingleItemSub: true,
  listExpression: '[%s]',
  listSeparator: ', ',
  mapExpression: '%s=%s',
  mapList: (field, values, value) => `${field} IN [${values.map(value).join(', ')}]`,
  nullExpression: '-%s=*',
  notNullExpression: '%s=*',
  value: (value) => `"${escapeValue(value.text)}"`,
}
