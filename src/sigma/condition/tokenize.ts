import type { SourceRange } from '../api-types'
import { SigmaError } from '../diagnostics'

export type TokenType =
  | 'one-of' | 'all-of' | 'not' | 'and' | 'or' | 'lpar' | 'rpar' | 'pipe' | 'identifier'
  | 'compare' | 'by' | 'near' | 'aggregate'

export interface Token {
  type: TokenType
  text: string
  range: SourceRange
}

const KEYWORDS: Record<string, TokenType> = { not: 'not', and: 'and', or: 'or', by: 'by', near: 'near' }
const AGGREGATES = new Set(['count', 'min', 'max', 'avg', 'sum'])

/**
 * Splits a condition into tokens. Keywords are whole words only (unlike the legacy tokenizer, which
 * read `order_sel` as `or` + `der_sel`), and case-insensitive as in the specification.
 */
export function tokenizeCondition(condition: string): Token[] {
  const tokens: Token[] = []
  const re = /\s+|(1|all)\s+of\b|[\w*.\-]+|==|<=|>=|<|>|\(|\)|\||./gy
  let afterPipe = false
  for (let m = re.exec(condition); m; m = re.exec(condition)) {
    const text = m[0]
    const range = { start: m.index, end: m.index + text.length }
    if (/^\s+$/.test(text)) continue
    if (m[1]) {
      tokens.push({ type: m[1] === '1' ? 'one-of' : 'all-of', text, range })
      continue
    }
    const lower = text.toLowerCase()
    let type: TokenType
    if (text === '(') type = 'lpar'
    else if (text === ')') type = 'rpar'
    else if (text === '|') {
      type = 'pipe'
      afterPipe = true
    } else if (/^(==|<=|>=|<|>)$/.test(text)) type = 'compare'
    else if (KEYWORDS[lower]) type = KEYWORDS[lower]
    else if (afterPipe && AGGREGATES.has(lower)) type = 'aggregate'
    else if (/^[\w*.\-]+$/.test(text)) type = 'identifier'
    else throw new SigmaError(`Unexpected character '${text}' in condition`, range, 'condition-syntax')
    tokens.push({ type, text, range })
  }
  return tokens
}
