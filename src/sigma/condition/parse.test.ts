import { describe, expect, it } from 'vitest'
import { SigmaError } from '../diagnostics'
import type { ConditionNode } from './ast'
import { parseCondition } from './parse'

/** A compact text form of the tree: precedence shows as explicit brackets. */
function show(node: ConditionNode): string {
  switch (node.kind) {
    case 'identifier':
      return node.name
    case 'of':
      return `${node.quantifier}-of(${node.target})`
    case 'not':
      return `not(${show(node.operand)})`
    case 'group':
      return `{${show(node.inner)}}`
    default:
      return `${node.kind}(${show(node.left)}, ${show(node.right)})`
  }
}

const tree = (condition: string) => show(parseCondition(condition).search)

function errorOf(condition: string): SigmaError {
  try {
    parseCondition(condition)
  } catch (error) {
    if (error instanceof SigmaError) return error
    throw error
  }
  throw new Error(`'${condition}' parsed without error`)
}

describe('condition precedence', () => {
  it('binds and tighter than or', () => {
    expect(tree('a or b and c')).toBe('or(a, and(b, c))')
    expect(tree('a and b or c')).toBe('or(and(a, b), c)')
  })
  it('binds not tighter than and', () => {
    expect(tree('not a and b')).toBe('and(not(a), b)')
    expect(tree('a and not b or not c')).toBe('or(and(a, not(b)), not(c))')
  })
  it('is left-associative', () => {
    expect(tree('a and b and c')).toBe('and(and(a, b), c)')
    expect(tree('a or b or c')).toBe('or(or(a, b), c)')
  })
  it('keeps parentheses as groups, nested', () => {
    expect(tree('(a or b) and c')).toBe('and({or(a, b)}, c)')
    expect(tree('a and (b or (c and not (d or e)))')).toBe('and(a, {or(b, {and(c, not({or(d, e)}))})})')
    expect(tree('not not a')).toBe('not(not(a))')
  })
  it('reads keywords case-insensitively and only as whole words', () => {
    expect(tree('selection AND NOT filter')).toBe('and(selection, not(filter))')
    expect(tree('order_sel or android')).toBe('or(order_sel, android)')
  })
})

describe('1 of / all of', () => {
  it('accepts identifiers, patterns and them', () => {
    expect(tree('1 of selection_*')).toBe('one-of(selection_*)')
    expect(tree('all of them')).toBe('all-of(them)')
    expect(tree('1 of sel* and not all of filter*')).toBe('and(one-of(sel*), not(all-of(filter*)))')
    expect(tree('all of selection')).toBe('all-of(selection)')
  })
  it('records the range of the target', () => {
    const node = parseCondition('x or 1 of sel_*').search
    expect(node.kind).toBe('or')
    if (node.kind !== 'or' || node.right.kind !== 'of') throw new Error('unexpected tree')
    expect(node.right.targetRange).toEqual({ start: 10, end: 15 })
    expect(node.right.range).toEqual({ start: 5, end: 15 })
  })
})

describe('aggregations', () => {
  it('parses count by', () => {
    const { aggregation } = parseCondition('selection | count(TargetUserName) by IpAddress > 10')
    expect(aggregation).toMatchObject({ kind: 'function', func: 'count', field: 'TargetUserName', groupBy: 'IpAddress', operator: '>', threshold: '10' })
  })
  it('parses count without field', () => {
    expect(parseCondition('sel | count() > 5').aggregation).toMatchObject({ func: 'count', field: undefined, operator: '>', threshold: '5' })
  })
})

describe('syntax errors point at the token', () => {
  it('reports a missing operand at the end', () => {
    const error = errorOf('selection and')
    expect(error.range).toEqual({ start: 13, end: 13 })
  })
  it('reports an unclosed parenthesis at the (', () => {
    expect(errorOf('a and (b or c').range).toEqual({ start: 6, end: 7 })
  })
  it('reports an unmatched )', () => {
    expect(errorOf('a or b)').range).toEqual({ start: 6, end: 7 })
  })
  it('reports two identifiers in a row', () => {
    const error = errorOf('selection filter')
    expect(error.range).toEqual({ start: 10, end: 16 })
    expect(error.message).toContain("'filter'")
  })
  it('reports "1 of" without a target', () => {
    expect(errorOf('1 of').code).toBe('condition-syntax')
  })
  it('reports unexpected characters', () => {
    expect(errorOf('a & b').range).toEqual({ start: 2, end: 3 })
  })
  it('bounds nesting instead of overflowing the stack', () => {
    expect(errorOf('('.repeat(5000) + 'a' + ')'.repeat(5000)).message).toContain('nested too deeply')
    expect(errorOf('not '.repeat(100000) + 'a').message).toContain('nested too deeply')
  })
})

describe('fuzz: random conditions never throw anything but SigmaError', () => {
  const pieces = ['a', 'b', 'sel_*', 'them', 'and', 'or', 'not', '(', ')', '1 of', 'all of', '|', 'count()', '>', '5', 'by', '&', ' ']
  it('holds for 5,000 random inputs', () => {
    let seed = 42
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(random() * 12)
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(' ')
      try {
        parseCondition(text)
      } catch (error) {
        expect(error, text).toBeInstanceOf(SigmaError)
        const { range } = error as SigmaError
        expect(range.start, text).toBeGreaterThanOrEqual(0)
        expect(range.end, text).toBeLessThanOrEqual(text.length)
      }
    }
  })
})
