// Public types of the matcher: compiled rules, match results and their explanations.
import type { Diagnostic, SourceRange } from '../api-types'
import type { EventView, FieldSlot } from './event-view'

/** A flattened event: plain JSON values keyed by field name. */
export type SigmaEvent = Record<string, unknown>

/** Options for compiling a rule file. */
export interface CompileOptions {
  /**
   * Values for `|expand` placeholders: `%name%` → one or more values (an OR). User-editable in the
   * UI; a placeholder missing here is reported and then matched literally.
   */
  placeholders?: Record<string, string | string[]>
}

/** How a single rule value is matched against the values of a field (fieldref reads the view). */
export type ValueTest = (slot: FieldSlot, view: EventView) => boolean

/** One value of a field entry after modifiers (a list item of the YAML value). */
export interface CompiledValue {
  /** What the rule said, for explanations (the YAML text of the value). */
  text: string
  range: SourceRange
  test: ValueTest
  /** True for `|re` values: the only ones whose cost can explode (see runner.ts). */
  isRegex: boolean
  /** A global id inside the compiled file, used to report the value being evaluated. */
  id: number
}

/** `Field|mod|mod: value(s)` inside a selection map; or a keyword list when `field` is null. */
export interface CompiledFieldEntry {
  field: string | null
  modifiers: string[]
  /** `|all`: every value must match, otherwise any. */
  all: boolean
  values: CompiledValue[]
  /** Range of the key (`Field|mods`), for highlighting. */
  keyRange: SourceRange
  range: SourceRange
}

/** A map in a selection: AND of its entries. A selection is an OR of such groups. */
export interface CompiledGroup {
  entries: CompiledFieldEntry[]
  range: SourceRange
}

export interface CompiledSelection {
  name: string
  /** Range of the selection name in the rule text. */
  nameRange: SourceRange
  range: SourceRange
  groups: CompiledGroup[]
}

/** A condition compiled to a tree whose leaves are selection indexes. */
export type CompiledCondition =
  | { kind: 'selection'; index: number; range: SourceRange }
  | { kind: 'of'; quantifier: 'one' | 'all'; indexes: number[]; target: string; range: SourceRange }
  | { kind: 'not'; operand: CompiledCondition; range: SourceRange }
  | { kind: 'and' | 'or'; operands: CompiledCondition[]; range: SourceRange }

export interface CompiledConditionEntry {
  text: string
  /** Range of the condition string in the rule text. */
  range: SourceRange
  tree: CompiledCondition
}

/** One rule document of the file, ready to evaluate. */
export interface CompiledRule {
  documentIndex: number
  title?: string
  author?: string
  selections: CompiledSelection[]
  /** Several conditions (a YAML list) are an OR. */
  conditions: CompiledConditionEntry[]
  /** False when the document has errors: it then never matches. */
  valid: boolean
}

export interface CompileResult {
  rules: CompiledRule[]
  diagnostics: Diagnostic[]
  /** Every compiled value by id (for reporting the value being evaluated). */
  values: CompiledValue[]
}

/** How one rule value related to the event. */
export interface FieldExplanation {
  /** null for keyword (field-less) searches. */
  field: string | null
  modifiers: string[]
  matched: boolean
  /** The event value that matched (or the first one seen, when none matched). */
  eventValue?: unknown
  /** For keywords: the event field where the matching value was found. */
  eventField?: string
  /** The field was absent from the event. */
  missing: boolean
  /** The rule value that matched (its YAML text), when one did. */
  ruleValue?: string
  /** Range of the matching rule value; the whole entry when none matched. */
  range: SourceRange
  keyRange: SourceRange
}

export interface SelectionExplanation {
  name: string
  matched: boolean
  range: SourceRange
  nameRange: SourceRange
  /** Index of the map (in a list-of-maps selection) that matched, or -1. */
  groupIndex: number
  /** The entries of the matching group, or of every group when none matched. */
  fields: FieldExplanation[]
}

/** The condition tree annotated with results: the branch that decided the outcome. */
export interface ConditionTrace {
  kind: 'selection' | 'of' | 'not' | 'and' | 'or'
  /** Selection name for 'selection' leaves, the target for 'of'. */
  name?: string
  result: boolean
  range: SourceRange
  children: ConditionTrace[]
}

export interface MatchExplanation {
  documentIndex: number
  conditionIndex: number
  condition: ConditionTrace
  selections: SelectionExplanation[]
}

export interface MatchResult {
  matched: boolean
  /** The first document (rule) that matched, or -1. */
  documentIndex: number
  explanation?: MatchExplanation
}
