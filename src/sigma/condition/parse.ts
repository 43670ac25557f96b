// Recursive-descent parser for Sigma conditions: `or` < `and` < `not` < primary, left-associative.
import type { SourceRange } from '../api-types'
import { SigmaError } from '../diagnostics'
import type { Aggregation, ComparisonOperator, ConditionNode, ParsedCondition } from './ast'
import { tokenizeCondition, type Token, type TokenType } from './tokenize'

const MAX_NESTING = 100

export function parseCondition(condition: string): ParsedCondition {
  const tokens = tokenizeCondition(condition)
  const pipe = tokens.findIndex((t) => t.type === 'pipe')
  const searchTokens = pipe < 0 ? tokens : tokens.slice(0, pipe)
  const end = { start: condition.length, end: condition.length }
  if (searchTokens.length === 0) {
    throw new SigmaError('The condition is empty: name a search identifier, e.g. `selection`.', pipe < 0 ? end : tokens[pipe].range, 'condition-syntax')
  }
  const parser = new SearchParser(searchTokens, pipe < 0 ? end : tokens[pipe].range)
  const search = parser.parseExpression(0)
  parser.expectEnd()
  const aggregation = pipe < 0 ? undefined : parseAggregation(tokens.slice(pipe + 1), tokens[pipe].range, end)
  return { search, aggregation }
}

function span(a: SourceRange, b: SourceRange): SourceRange {
  return { start: a.start, end: b.end }
}

class SearchParser {
  private pos = 0
  constructor(
    private readonly tokens: Token[],
    private readonly endRange: SourceRange,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos]
  }

  private next(expected: string): Token {
    const token = this.tokens[this.pos]
    if (!token) throw new SigmaError(`The condition ends where ${expected} was expected.`, this.endRange, 'condition-syntax')
    this.pos++
    return token
  }

  expectEnd(): void {
    const token = this.peek()
    if (!token) return
    const hint = token.type === 'rpar' ? "A ')' has no matching '('." : `Expected 'and', 'or' or the end of the condition, found '${token.text}'.`
    throw new SigmaError(hint, token.range, 'condition-syntax')
  }

  parseExpression(depth: number): ConditionNode {
    return this.parseOr(depth)
  }

  private parseOr(depth: number): ConditionNode {
    let left = this.parseAnd(depth)
    while (this.peek()?.type === 'or') {
      this.pos++
      const right = this.parseAnd(depth)
      left = { kind: 'or', left, right, range: span(left.range, right.range) }
    }
    return left
  }

  private parseAnd(depth: number): ConditionNode {
    let left = this.parseNot(depth)
    while (this.peek()?.type === 'and') {
      this.pos++
      const right = this.parseNot(depth)
      left = { kind: 'and', left, right, range: span(left.range, right.range) }
    }
    return left
  }

  private parseNot(depth: number): ConditionNode {
    const token = this.peek()
    if (token?.type === 'not') {
      if (depth > MAX_NESTING) throw new SigmaError('The condition is nested too deeply.', token.range, 'condition-syntax')
      this.pos++
      const operand = this.parseNot(depth + 1)
      return { kind: 'not', operand, range: span(token.range, operand.range) }
    }
    return this.parsePrimary(depth)
  }

  private parsePrimary(depth: number): ConditionNode {
    if (depth > MAX_NESTING) throw new SigmaError('The condition is nested too deeply.', this.peek()?.range ?? this.endRange, 'condition-syntax')
    const token = this.next('a search identifier')
    switch (token.type) {
      case 'lpar': {
        if (this.peek()?.type === 'rpar') throw new SigmaError('Empty parentheses in condition.', span(token.range, this.peek()!.range), 'condition-syntax')
        const inner = this.parseExpression(depth + 1)
        const close = this.peek()
        if (close?.type !== 'rpar') {
          throw new SigmaError("Missing ')' to close this '('.", token.range, 'condition-syntax')
        }
        this.pos++
        return { kind: 'group', inner, range: span(token.range, close.range) }
      }
      case 'one-of':
      case 'all-of': {
        const target = this.next("a search identifier, a pattern like 'selection*' or 'them'")
        if (target.type !== 'identifier') {
          throw new SigmaError(`'${token.text}' must be followed by a search identifier, a pattern or 'them', not '${target.text}'.`, target.range, 'condition-syntax')
        }
        return {
          kind: 'of',
          quantifier: token.type === 'one-of' ? 'one' : 'all',
          target: target.text,
          range: span(token.range, target.range),
          targetRange: target.range,
        }
      }
      case 'identifier':
        return { kind: 'identifier', name: token.text, range: token.range }
      default:
        throw new SigmaError(`Expected a search identifier, found '${token.text}'.`, token.range, 'condition-syntax')
    }
  }
}

function parseAggregation(tokens: Token[], pipeRange: SourceRange, end: SourceRange): Aggregation {
  let pos = 0
  const fail = (message: string, token?: Token): never => {
    throw new SigmaError(message, token?.range ?? end, 'condition-aggregation')
  }
  const take = (type: TokenType, what: string): Token => {
    const token = tokens[pos]
    if (!token || token.type !== type) fail(`Expected ${what} in the aggregation.`, token)
    pos++
    return token
  }
  const first = tokens[pos]
  if (!first) return fail("Expected an aggregation after '|' (count, min, max, avg, sum or near).", undefined)
  const range = span(pipeRange, tokens[tokens.length - 1].range)
  if (first.type === 'near') {
    pos++
    const include: string[] = []
    const exclude: string[] = []
    let negate = false
    for (;;) {
      const token = tokens[pos]
      if (token?.type === 'not') {
        negate = true
        pos++
        continue
      }
      ;(negate ? exclude : include).push(take('identifier', 'a search identifier').text)
      negate = false
      if (pos >= tokens.length) break
      take('and', "'and'")
    }
    return { kind: 'near', include, exclude, range }
  }
  if (first.type !== 'aggregate') return fail(`Unknown aggregation '${first.text}': use count, min, max, avg, sum or near.`, first)
  pos++
  take('lpar', "'('")
  let field: string | undefined
  if (tokens[pos]?.type === 'identifier') field = tokens[pos++].text
  take('rpar', "')'")
  let groupBy: string | undefined
  if (tokens[pos]?.type === 'by') {
    pos++
    groupBy = take('identifier', 'a field name after by').text
  }
  const operator = take('compare', 'a comparison (==, <, <=, >, >=)').text as ComparisonOperator
  const threshold = take('identifier', 'a number').text
  if (pos < tokens.length) fail(`Unexpected '${tokens[pos].text}' after the aggregation.`, tokens[pos])
  return { kind: 'function', func: first.text.toLowerCase() as 'count', field, groupBy, operator, threshold, range }
}
