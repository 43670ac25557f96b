// Entry points: validate one rule text (editor, tests) or many files at once (CLI: duplicate ids
// and titles across files). Each check is a small module in ./checks with its own codes.
import type { SourceRange } from '../api-types'
import { collectRules } from '../parse/collection'
import { parseYamlStream } from '../parse/yaml-tree'
import type { YScalar } from '../parse/yaml-tree'
import { checkCondition } from './checks/condition'
import { checkSpecificLogsource } from './checks/logsource'
import { checkDates, checkIdentifier, checkRecommendedKeys, checkReferences, ruleIdentity } from './checks/metadata'
import { checkModifiers } from './checks/modifiers'
import { checkRegexes } from './checks/regex'
import { checkDocumentKeys, checkRequiredKeys } from './checks/structure'
import { checkTags } from './checks/tags'
import { checkValues } from './checks/values'
import { explainYamlError } from './checks/yaml'
import { Reporter } from './reporter'
import { buildRuleContext, type RuleContext } from './rule-model'
import { lineColumn, lineStarts } from './text-util'
import type { ValidateOptions, ValidationDiagnostic } from './types'

type RuleCheck = (ctx: RuleContext, r: Reporter) => void

/** Checks run on every rule (after multi-document merging), in reporting order. */
const RULE_CHECKS: readonly RuleCheck[] = [
  checkRequiredKeys,
  checkIdentifier,
  checkDates,
  checkRecommendedKeys,
  checkReferences,
  checkTags,
  checkSpecificLogsource,
  checkCondition,
  checkModifiers,
  checkValues,
  checkRegexes,
]

interface Analysis {
  diagnostics: ValidationDiagnostic[]
  identities: { documentIndex: number; id?: YScalar; title?: YScalar }[]
}

function analyze(text: string, options: ValidateOptions): Analysis {
  const r = new Reporter(options)
  const { documents, diagnostics } = parseYamlStream(text)
  for (const d of diagnostics) r.add(explainYamlError(text, d))
  const collected: typeof diagnostics = []
  const rules = collectRules(documents, collected)
  // An unknown `action` value is also an invalid-enum of checkDocumentKeys, which offers the fix.
  for (const d of collected) if (d.code !== 'collection-unknown-action') r.add(d)
  for (const doc of documents) if (doc.root?.kind === 'map') checkDocumentKeys(doc.root, r)
  const identities: Analysis['identities'] = []
  for (const { rule, documentIndex } of rules) {
    const ctx = buildRuleContext(text, rule, documentIndex)
    for (const check of RULE_CHECKS) check(ctx, r)
    identities.push({ documentIndex, ...ruleIdentity(ctx) })
  }
  reportDuplicatesWithin(text, identities, r)
  return { diagnostics: r.diagnostics, identities }
}

/** Rules of one multi-document file that repeat an id written in another document. */
function reportDuplicatesWithin(text: string, identities: Analysis['identities'], r: Reporter): void {
  const starts = lineStarts(text)
  const first = new Map<string, YScalar>()
  for (const { id } of identities) {
    if (!id) continue
    const earlier = first.get(id.text)
    // The same node reached through `action: global`/`repeat` merging is one id, not two.
    if (earlier && earlier.range.start !== id.range.start) {
      r.report('duplicate-id', id.range, `The id ${id.text} is already used by the rule at line ${lineColumn(starts, earlier.range.start).line}: every rule needs its own UUID.`, {
        fix: { title: 'Replace with a new UUID', edits: [{ range: id.range, newText: r.newId() }] },
      })
    } else if (!earlier) first.set(id.text, id)
  }
}

function finish(diagnostics: ValidationDiagnostic[], options: ValidateOptions): ValidationDiagnostic[] {
  const disabled = new Set(options.disabled ?? [])
  return diagnostics.filter((d) => !disabled.has(d.code)).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)
}

/** Every problem found in one rule text (one or more YAML documents), sorted by position. */
export function validateRuleText(text: string, options: ValidateOptions = {}): ValidationDiagnostic[] {
  return finish(analyze(text, options).diagnostics, options)
}

export interface RuleFile {
  path: string
  text: string
}

/** Validates several files and adds the cross-file checks: duplicate ids and titles. */
export function validateRuleFiles(files: readonly RuleFile[], options: ValidateOptions = {}): Map<string, ValidationDiagnostic[]> {
  const results = new Map<string, ValidationDiagnostic[]>()
  const ids = new Map<string, { path: string; range: SourceRange; text: string }[]>()
  const titles = new Map<string, { path: string; range: SourceRange; text: string }[]>()
  const analyses = files.map((file) => {
    const analysis = analyze(file.text, options)
    const seen = new Set<number>()
    for (const { id, title } of analysis.identities) {
      if (id && !seen.has(id.range.start)) push(ids, id.text, { path: file.path, range: id.range, text: file.text })
      if (title && !seen.has(title.range.start)) push(titles, title.text, { path: file.path, range: title.range, text: file.text })
      if (id) seen.add(id.range.start)
      if (title) seen.add(title.range.start)
    }
    return analysis
  })
  const extra = new Map<string, ValidationDiagnostic[]>()
  const addCross = (table: typeof ids, code: 'duplicate-id' | 'duplicate-title', what: string) => {
    for (const [value, places] of table) {
      const files = new Set(places.map((p) => p.path))
      if (files.size < 2) continue
      for (const place of places) {
        const other = places.find((p) => p.path !== place.path)!
        const line = lineColumn(lineStarts(other.text), other.range.start).line
        const message = code === 'duplicate-id'
          ? `The ${what} ${value} is also used by ${other.path}:${line}: every rule needs its own UUID.`
          : `The ${what} '${value}' is also used by ${other.path}:${line}: make titles unique so alerts can be told apart.`
        const list = extra.get(place.path) ?? []
        list.push({ code, severity: code === 'duplicate-id' ? 'error' : 'warning', message, range: place.range })
        extra.set(place.path, list)
      }
    }
  }
  addCross(ids, 'duplicate-id', 'id')
  addCross(titles, 'duplicate-title', 'title')
  files.forEach((file, i) => results.set(file.path, finish([...analyses[i].diagnostics, ...(extra.get(file.path) ?? [])], options)))
  return results
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
