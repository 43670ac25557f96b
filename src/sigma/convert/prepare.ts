// Rule text → the per-document search trees every backend renders. Done once per text, shared by
// all backends, so converting to six targets costs one parse.
import type { Diagnostic, SourceRange } from '../api-types'
import type { Aggregation } from '../condition/ast'
import { SigmaError } from '../diagnostics'
import type { LegacyNode } from '../model/legacy-nodes'
import { conditionToLegacy, Definitions } from '../model/legacy-tree'
import { collectRules } from '../parse/collection'
import type { LegacyRelease } from '../modifiers/legacy'
import { mapEntry, mapGet, parseYamlStream, type YamlParseResult, type YMap, type YNode } from '../parse/yaml-tree'

export interface PreparedDocument {
  tree: LegacyNode | null
  aggregation?: Aggregation
  aggregationRange?: SourceRange
  title: string
  fields: string[] | null
  documentIndex: number
}

export type PreparedRule =
  | { ok: true; documents: PreparedDocument[]; diagnostics: Diagnostic[] }
  | { ok: false; error: SigmaError; diagnostics: Diagnostic[] }

export function prepareRule(text: string, release: LegacyRelease = '0.20', yaml: YamlParseResult = parseYamlStream(text)): PreparedRule {
  const documents = yaml.documents
  const diagnostics = [...yaml.diagnostics]
  const firstError = diagnostics.find((d) => d.severity === 'error')
  if (firstError) return { ok: false, error: new SigmaError(firstError.message, firstError.range, firstError.code), diagnostics }
  try {
    const rules = collectRules(documents, diagnostics)
    const collectionError = diagnostics.find((d) => d.severity === 'error')
    if (collectionError) throw new SigmaError(collectionError.message, collectionError.range, collectionError.code)
    if (rules.length === 0) throw new SigmaError('The file holds no Sigma rule: add a title, a logsource and a detection.', { start: 0, end: 0 }, 'no-rule')
    const prepared = rules.map(({ rule, documentIndex }) => prepareDocument(text, rule, documentIndex, release))
    return { ok: true, documents: prepared, diagnostics }
  } catch (error) {
    if (error instanceof SigmaError) return { ok: false, error, diagnostics }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: new SigmaError(`Internal error while reading the rule: ${message}`), diagnostics }
  }
}

function prepareDocument(text: string, rule: YMap, documentIndex: number, release: LegacyRelease): PreparedDocument {
  const detection = mapGet(rule, 'detection')
  if (!detection) rejectNonDetectionRule(rule)
  if (!detection || detection.kind !== 'map') {
    throw new SigmaError('The rule has no detection: add a `detection` map with searches and a `condition`.', detection?.range ?? rule.range, 'missing-detection')
  }
  const conditionEntry = mapEntry(detection, 'condition')
  if (!conditionEntry) throw new SigmaError('The detection has no `condition`: say which searches must match, e.g. `condition: selection`.', detection.range, 'missing-condition')
  const conditionNode = firstCondition(conditionEntry.value)
  const definitions = new Definitions(detection)
  // Only the first condition of a list was ever converted by the legacy backends.
  const search = conditionToLegacy(conditionNode.text, conditionStart(text, conditionNode), definitions, release)
  const aggregation = search.condition.aggregation
  return {
    tree: search.tree,
    aggregation,
    aggregationRange: aggregation && { start: aggregation.range.start + search.conditionOffset, end: aggregation.range.end + search.conditionOffset },
    title: scalarString(mapGet(rule, 'title')) ?? '',
    fields: fieldList(mapGet(rule, 'fields')),
    documentIndex,
  }
}

/** Correlation rules and filters (Sigma 2) are valid, but the legacy converter never knew them. */
function rejectNonDetectionRule(rule: YMap): void {
  for (const [key, kind] of [['correlation', 'correlation rules'], ['filter', 'filters']] as const) {
    const entry = mapEntry(rule, key)
    if (entry) {
      throw new SigmaError(
        `The legacy backends translate detection rules only; ${kind} (Sigma 2) have no translation here. The rule itself may be valid.`,
        entry.keyRange,
        'unsupported-rule-type',
      )
    }
  }
}

function firstCondition(node: YNode): { text: string; range: SourceRange } {
  const first = node.kind === 'seq' ? node.items[0] : node
  if (!first || first.kind !== 'scalar' || first.type === 'null') {
    throw new SigmaError('The condition must be a string such as `selection and not filter`, or a list of them.', node.range, 'condition-type')
  }
  return { text: first.text, range: first.range }
}

/** Offset of the condition's first character (past an opening quote). */
function conditionStart(text: string, node: { text: string; range: SourceRange }): number {
  const first = text[node.range.start]
  return first === '"' || first === "'" ? node.range.start + 1 : node.range.start
}

function scalarString(node: YNode | undefined): string | undefined {
  return node && node.kind === 'scalar' ? node.text : undefined
}

function fieldList(node: YNode | undefined): string[] | null {
  if (!node) return null
  if (node.kind !== 'seq') return null
  return node.items.map((item) => (item.kind === 'scalar' ? item.text : ''))
}

/** Prepares a rule once per legacy release that the given backends reproduce. */
export class PreparedRuleCache {
  private readonly byRelease = new Map<LegacyRelease, PreparedRule>()
  private yaml: YamlParseResult | undefined
  constructor(private readonly text: string) {}

  get(release: LegacyRelease): PreparedRule {
    let prepared = this.byRelease.get(release)
    if (!prepared) {
      this.yaml ??= parseYamlStream(this.text)
      prepared = prepareRule(this.text, release, this.yaml)
      this.byRelease.set(release, prepared)
    }
    return prepared
  }
}
