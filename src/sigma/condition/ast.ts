import type { SourceRange } from '../api-types'

/** Offsets in condition nodes are relative to the condition string. */
export type ConditionNode =
  | { kind: 'identifier'; name: string; range: SourceRange }
  | { kind: 'of'; quantifier: 'one' | 'all'; target: string; range: SourceRange; targetRange: SourceRange }
  | { kind: 'not'; operand: ConditionNode; range: SourceRange }
  | { kind: 'and' | 'or'; left: ConditionNode; right: ConditionNode; range: SourceRange }
  | { kind: 'group'; inner: ConditionNode; range: SourceRange }

export type ComparisonOperator = '==' | '<' | '<=' | '>' | '>='

/** The legacy aggregation after `|`: `count(field) by group > 5` or `near a and not b`. */
export type Aggregation =
  | {
      kind: 'function'
      func: 'count' | 'min' | 'max' | 'avg' | 'sum'
      field?: string
      groupBy?: string
      operator: ComparisonOperator
      threshold: string
      range: SourceRange
    }
  | { kind: 'near'; include: string[]; exclude: string[]; range: SourceRange }

export interface ParsedCondition {
  search: ConditionNode
  aggregation?: Aggregation
}
