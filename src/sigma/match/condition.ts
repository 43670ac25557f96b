// Condition AST → a tree over selection indexes: names and `of` patterns are resolved once here.
import type { SourceRange } from '../api-types'
import type { ConditionNode } from '../condition/ast'
import { SigmaError } from '../diagnostics'
import type { CompiledCondition, CompiledSelection } from './types'
import { escapeRegex } from './wildcard'

export function compileCondition(node: ConditionNode, selections: CompiledSelection[], shift: (r: SourceRange) => SourceRange): CompiledCondition {
  const indexOf = new Map(selections.map((s, i) => [s.name, i]))
  const build = (n: ConditionNode): CompiledCondition => {
    switch (n.kind) {
      case 'identifier': {
        const index = indexOf.get(n.name)
        if (index === undefined) throw new SigmaError(`Unknown search identifier '${n.name}'.`, n.range, 'condition-unknown-identifier')
        return { kind: 'selection', index, range: shift(n.range) }
      }
      case 'of': {
        const indexes = resolveOfTarget(n.target, selections)
        if (indexes.length === 0) {
          throw new SigmaError(`'${n.target}' names no search identifier.`, n.targetRange, 'condition-unknown-identifier')
        }
        return { kind: 'of', quantifier: n.quantifier, indexes, target: n.target, range: shift(n.range) }
      }
      case 'not':
        return { kind: 'not', operand: build(n.operand), range: shift(n.range) }
      case 'group':
        return build(n.inner)
      case 'and':
      case 'or': {
        // Flatten chains (a and b and c) into one n-ary node.
        const operands: CompiledCondition[] = []
        const collect = (child: ConditionNode): void => {
          if ((child.kind === 'and' || child.kind === 'or') && child.kind === n.kind) {
            collect(child.left)
            collect(child.right)
          } else operands.push(build(child))
        }
        collect(n.left)
        collect(n.right)
        return { kind: n.kind, operands, range: shift(n.range) }
      }
    }
  }
  return build(node)
}

/** `them` is every search except those starting with `_`; otherwise a name with `*` wildcards. */
export function resolveOfTarget(target: string, selections: CompiledSelection[]): number[] {
  if (target === 'them') return selections.flatMap((s, i) => (s.name.startsWith('_') ? [] : [i]))
  const re = new RegExp('^' + target.split('*').map(escapeRegex).join('.*') + '$')
  return selections.flatMap((s, i) => (re.test(s.name) ? [i] : []))
}
