// What a text-query backend declares: its tokens, quoting and list forms, plus hooks where tokens
// are not enough. The generic converter (text-query.ts) does the walking.
import type { BackendInfo, ConversionWarning } from '../api-types'
import type { Aggregation } from '../condition/ast'
import type { LegacyNode, PlainValue } from '../model/legacy-nodes'
import type { LegacyRelease } from '../modifiers/legacy'

/** Per-file conversion state: a fresh one for every rule file, never fields on the backend. */
export interface ConversionState {
  /** es-qs: the last field name was given the `.keyword` suffix, so values go unquoted. */
  matchKeyword: boolean
  /** Known reference weaknesses met while rendering (see ConversionWarning). */
  warnings: ConversionWarning[]
}

/** Renders a child node; returns null when the child produced nothing. */
export type Render = (node: LegacyNode) => string | null

type Connective = Extract<LegacyNode, { kind: 'and' | 'or' }>

export interface NodeHooks {
  and?: (node: Connective, render: Render, state: ConversionState) => string | null
  or?: (node: Connective, render: Render, state: ConversionState) => string | null
  not?: (node: Extract<LegacyNode, { kind: 'not' }>, render: Render, state: ConversionState) => string | null
  sub?: (node: Extract<LegacyNode, { kind: 'sub' }>, render: Render, state: ConversionState, renderDefault: () => string | null) => string | null
  field?: (node: Extract<LegacyNode, { kind: 'field' }>, render: Render, state: ConversionState) => string | null
}

/** One rule document, ready to be rendered by a backend's output hook. */
export interface RenderedQuery {
  query: string
  aggregation?: Aggregation
  title: string
  fields: string[] | null
  /** 0-based index among the rule documents of the file. */
  index: number
}

export interface TextQueryBackend extends BackendInfo {
  /** The legacy converter release whose output (and modifier set) this backend reproduces. */
  reference: LegacyRelease
  andToken: string
  orToken: string
  notToken: string
  subExpression: string
  /**
   * Whether a sub-expression around a single item still gets parentheses. Release 0.20 dropped them
   * ("a sub expression with length 1 is not a proper sub expression"); 0.13 kept them.
   */
  parenthesizeSingleItemSub: boolean
  listExpression: string
  listSeparator: string
  /** 0.20's es-qs printed a one-element value list without its parentheses. */
  unwrapSingleItemList?: boolean
  /** `field=value`: a template of two `%s`, or a function for languages that drop the field. */
  mapExpression: string | ((field: string, value: string) => string)
  /** Renders `field: [a, b]` itself instead of `mapExpression % (field, list)`. */
  mapList?: (field: string, values: PlainValue[], value: (v: PlainValue) => string) => string
  nullExpression: string
  notNullExpression: string
  /** A plain value (keyword or field value) as the query language writes it. */
  value: (value: PlainValue, state: ConversionState) => string
  /** The field name as written for this value (es-qs adds `.keyword` for wildcard values). */
  fieldName?: (field: string, value: PlainValue | PlainValue[] | null, state: ConversionState) => string
  /** `field|re: ...`; absent when the backend cannot express regular expressions. */
  regex?: (field: string, pattern: string) => string
  nodes?: NodeHooks
  /** Searches whole lines, not fields (grep): field conditions lose their field. */
  fieldless?: boolean
  /** Wraps the rendered search (e.g. grep's command line). */
  query?: (search: string) => string
  /** Aggregation suffix; absent means the backend cannot express aggregations. */
  aggregation?: (aggregation: Aggregation) => string
  /** Text appended to each query, e.g. splunk's `| table` of the rule's fields. */
  afterQuery?: (query: RenderedQuery) => string
  /** The output of a whole file from its rendered queries (default: each query + newline). */
  output?: (queries: RenderedQuery[]) => string
}

export function format(template: string, ...args: string[]): string {
  let i = 0
  return template.replace(/%s/g, () => args[i++] ?? '')
}
