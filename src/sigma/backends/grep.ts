// grep -P, as sigmac 0.20 printed it: AND as look-aheads, NOT as negative look-aheads, fields
// ignored (a line matches when it holds the values anywhere).
import type { TextQueryBackend } from '../convert/backend'
import { backslashEscaper } from './escape'

const escapeRegex = backslashEscaper(/[|()[\]{}.^$+]/)

export const grep: TextQueryBackend = {
  id: 'grep',
  label: 'grep',
  outputLanguage: 'shell',
  reference: '0.20',
  fieldless: true,
  andToken: '',
  orToken: '|',
  notToken: '',
  subExpression: '(?:.*%s)',
  parenthesizeSingleItemSub: true,
  listExpression: '(?:%s)',
  listSeparator: '|',
  mapExpression: (_field, value) => value,
  nullExpression: '(?!%s)',
  notNullExpression: '%s',
  value: (value) => escapeRegex(value.text).replace(/\*/g, '.*'),
  mapList: (_field, values, value) => '(?:' + values.map((v) => '.*' + value(v)).join('|') + ')',
  nodes: {
    and: (node, render) => node.items.map((item) => `(?=.*${render(item)})`).join(''),
    or: (node, render) => '(?:' + node.items.map((item) => '.*' + render(item)).join('|') + ')',
    not: (node, render) => `(?!.*${render(node.item)})`,
  },
  // Single quotes close and reopen the shell's quoting.
  query: (search) => `grep -P '^${search.replace(/'/g, `'"'"'`)}'`,
}
