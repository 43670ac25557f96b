// Completion items for the cursor in a Sigma rule: keys (from the schema), log source values, field
// names of the declared log source, value modifiers, condition identifiers and keywords, tags,
// enum values and templates. Pure data out; src/app/monaco/sigma-completion.ts maps it to Monaco.
import {
  ATTACK_TACTICS, D3FEND_TACTICS, DETECTION_TAGS, FIELDS_BY_LOGSOURCE, LOGSOURCE_CATEGORIES, LOGSOURCE_PRODUCTS,
  LOGSOURCE_SERVICES, MODIFIERS, TAG_NAMESPACES, TLP_LEVELS, type TagEntry, type TaxonomyEntry,
} from '../schema/taxonomy'
import { analyzeCursor, outlineAt, wordAround, type AnalyzedCursor, type DocumentFacts, type TextSpan } from './context'
import { describe, schemaAt, schemaEnum, schemaKeys, valueShape } from './schema-docs'
import { buildTemplate, TEMPLATES, type TemplateValues } from './templates'

export type AssistItemKind = 'key' | 'value' | 'field' | 'modifier' | 'identifier' | 'keyword' | 'tag' | 'namespace' | 'template'

export interface AssistItem {
  label: string
  kind: AssistItemKind
  /** One line shown next to the label. */
  detail: string
  /** Markdown. */
  documentation?: string
  insertText: string
  /** insertText is a snippet ($0, tab stops, \t for one indentation level). */
  snippet?: boolean
  /** Text offsets to replace. */
  range: TextSpan
  sortText?: string
  filterText?: string
  /** Open the completion list again after inserting (e.g. after `status: ` or `attack.`). */
  retrigger?: boolean
}

export interface CompleteOptions {
  /** The character that triggered completion, if any (typing a letter or Ctrl+Space: none). */
  triggerCharacter?: string
  /** Values for templates; without them no templates are offered. */
  templateValues?: () => TemplateValues
}

export const TRIGGER_CHARACTERS = ['|', '.', ':', ' '] as const

const VALUE_CHARS = /[A-Za-z0-9_.\-]/
const CONDITION_CHARS = /[A-Za-z0-9_*]/

const sort = (index: number) => String(index).padStart(4, '0')

export function completeAt(text: string, offset: number, options: CompleteOptions = {}): AssistItem[] {
  const cursor = analyzeCursor(text, offset)
  const items = itemsFor(cursor, text, offset, options)
  return filterByTrigger(cursor, items, options.triggerCharacter, text, offset)
}

function filterByTrigger(cursor: AnalyzedCursor, items: AssistItem[], trigger: string | undefined, text: string, offset: number): AssistItem[] {
  if (!trigger) return items
  const { context } = cursor
  switch (trigger) {
    case '|':
      return context.kind === 'modifier' ? items : []
    case '.':
      return items.some((i) => i.kind === 'tag') ? items : []
    case ':':
      return context.kind === 'value' && context.colonOnly ? items : []
    case ' ':
      // A space after `key:` or between condition words; never while indenting.
      if (context.kind !== 'value' && context.kind !== 'item') return []
      if (text.slice(0, offset).endsWith('  ')) return []
      return items
    default:
      return items
  }
}

function itemsFor(cursor: AnalyzedCursor, text: string, offset: number, options: CompleteOptions): AssistItem[] {
  const { context, facts } = cursor
  switch (context.kind) {
    case 'key': {
      const { path, word } = context
      if (isSearchIdentifier(path)) return fieldItems(facts, word)
      const items = keyItems(path, word, presentKeys(text, offset, path, facts))
      if (path.length === 0 && cursor.emptyDocument && options.templateValues) items.push(...templateItems(word, options.templateValues()))
      return items
    }
    case 'modifier':
      return isSearchIdentifier(context.path) ? modifierItems(context.modifiers, context.word) : []
    case 'value': {
      const word = spanFrom(text, offset, VALUE_CHARS, context.textStart)
      const lead = context.colonOnly ? ' ' : ''
      if (isCondition(context.path)) return conditionItems(text, offset, context.textStart, facts, lead)
      return valueItems(context.path, facts, word, lead)
    }
    case 'item': {
      if (isCondition(context.path)) return conditionItems(text, offset, context.textStart, facts, '')
      const word = spanFrom(text, offset, VALUE_CHARS, context.textStart)
      if (context.path.length === 1 && context.path[0] === 'tags') return tagItems(word, presentItems(text, offset, ['tags']))
      if (context.path.length === 1 && context.path[0] === 'fields') return fieldItems(facts, word)
      return []
    }
    case 'none':
      return []
  }
}

function spanFrom(text: string, offset: number, chars: RegExp, min: number): TextSpan {
  return wordAround(text, offset, chars, min)
}

function isSearchIdentifier(path: readonly string[]): boolean {
  if (path.length !== 2) return false
  if (path[0] === 'detection') return path[1] !== 'condition' && path[1] !== 'timeframe'
  if (path[0] === 'filter') return path[1] !== 'condition' && path[1] !== 'rules'
  return false
}

function isCondition(path: readonly string[]): boolean {
  return path.length === 2 && (path[0] === 'detection' || path[0] === 'filter') && path[1] === 'condition'
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i])
}

function presentKeys(text: string, offset: number, path: readonly string[], facts: DocumentFacts): Set<string> {
  if (path.length === 0) return new Set(facts.keys)
  const { outline } = outlineAt(text, offset)
  return new Set(outline.keys.filter((k) => k.path.length === path.length + 1 && samePath(k.path.slice(0, -1), path)).map((k) => k.path[path.length]))
}

function presentItems(text: string, offset: number, path: readonly string[]): Set<string> {
  const { outline } = outlineAt(text, offset)
  return new Set(outline.items.filter((i) => samePath(i.path, path) && !(offset >= i.valueSpan.start && offset <= i.valueSpan.end)).map((i) => i.value))
}

function keyItems(path: readonly string[], word: TextSpan, present: ReadonlySet<string>): AssistItem[] {
  return schemaKeys(path)
    .filter(([key]) => !present.has(key))
    .map(([key, node], index): AssistItem => {
      const shape = key === 'condition' && path[0] !== 'correlation' ? 'scalar' : valueShape(node)
      const insertText =
        shape === 'map' ? `${key}:\n\t$0` : shape === 'list' ? `${key}:\n\t- $0` : `${key}: $0`
      return {
        label: key,
        kind: 'key',
        detail: shape === 'map' ? 'map' : shape === 'list' ? 'list' : shape === 'enum' ? 'one of ' + (node.enum ?? []).join(', ') : 'key',
        documentation: describe(node),
        insertText,
        snippet: true,
        range: word,
        sortText: sort(index),
        retrigger: shape === 'enum' || key === 'condition',
      }
    })
}

function templateItems(word: TextSpan, values: TemplateValues): AssistItem[] {
  return TEMPLATES.map((t, index) => ({
    label: t.kind,
    kind: 'template',
    detail: `New ${t.label.toLowerCase()} (template)`,
    documentation: `**${t.label}**: ${t.description}.\n\nReplaces the empty document with a complete, valid example with a fresh id and today's date.`,
    insertText: buildTemplate(t.kind, values),
    range: word,
    sortText: `!${index}`,
  }))
}

/** Field names the taxonomy lists for the declared category and service. */
export function fieldsFor(facts: DocumentFacts): TaxonomyEntry[] {
  const { category, service } = facts.logsource
  const seen = new Set<string>()
  const out: TaxonomyEntry[] = []
  for (const key of [category, service && `service:${service}`]) {
    for (const entry of (key && FIELDS_BY_LOGSOURCE[key]) || []) {
      if (!seen.has(entry.name)) {
        seen.add(entry.name)
        out.push(entry)
      }
    }
  }
  return out
}

function logsourceLabel(facts: DocumentFacts): string {
  const { category, product, service } = facts.logsource
  return [category, product, service].filter(Boolean).join(' / ')
}

function fieldItems(facts: DocumentFacts, word: TextSpan): AssistItem[] {
  const source = logsourceLabel(facts)
  return fieldsFor(facts).map((field, index) => ({
    label: field.name,
    kind: 'field',
    detail: `field of ${source}`,
    documentation: field.doc || undefined,
    insertText: field.name,
    range: word,
    sortText: sort(index),
  }))
}

/** Modifiers that can follow `existing` (none twice; regex flags only after `re`). */
export function modifierChoices(existing: readonly string[]): typeof MODIFIERS {
  const hasRe = existing.includes('re')
  return MODIFIERS.filter((m) => !existing.includes(m.name) && (m.kind !== 'regex-flag' || hasRe))
}

function modifierItems(existing: readonly string[], word: TextSpan): AssistItem[] {
  return modifierChoices(existing).map((m, index) => ({
    label: m.name,
    kind: 'modifier',
    detail: `${m.kind} modifier`,
    documentation: m.doc,
    insertText: m.name,
    range: word,
    sortText: sort(index),
  }))
}

function entryItems(entries: readonly TaxonomyEntry[], kind: AssistItemKind, detail: (e: TaxonomyEntry) => string, word: TextSpan, lead: string): AssistItem[] {
  return entries.map((e, index) => ({
    label: e.name,
    kind,
    detail: detail(e),
    documentation: e.doc || undefined,
    insertText: lead + e.name,
    filterText: e.name,
    range: word,
    sortText: sort(index),
  }))
}

function valueItems(path: readonly string[], facts: DocumentFacts, word: TextSpan, lead: string): AssistItem[] {
  if (path.length === 2 && path[0] === 'logsource') {
    switch (path[1]) {
      case 'category':
        return entryItems(LOGSOURCE_CATEGORIES, 'value', () => 'log source category', word, lead)
      case 'product':
        return entryItems(LOGSOURCE_PRODUCTS, 'value', () => 'log source product', word, lead)
      case 'service': {
        const product = facts.logsource.product
        const services = LOGSOURCE_SERVICES.filter((s) => !product || s.product === product || s.product === '')
        const unique = services.filter((s, i) => services.findIndex((o) => o.name === s.name) === i)
        return entryItems(unique, 'value', (e) => {
          const owner = (e as (typeof LOGSOURCE_SERVICES)[number]).product
          return owner && !product ? `service of ${owner}` : 'log source service'
        }, word, lead)
      }
    }
  }
  const values = schemaEnum(path)
  if (values.length > 0) {
    return values.map(([value, doc], index) => ({
      label: value,
      kind: 'value',
      detail: path[path.length - 1],
      documentation: doc || undefined,
      insertText: lead + value,
      filterText: value,
      range: word,
      sortText: sort(index),
    }))
  }
  const node = schemaAt(path)
  if (node?.type === 'boolean') {
    return ['true', 'false'].map((value, index) => ({ label: value, kind: 'value', detail: 'boolean', insertText: lead + value, filterText: value, range: word, sortText: sort(index) }))
  }
  return []
}

const ALL_TAGS: readonly TagEntry[] = [...ATTACK_TACTICS, ...D3FEND_TACTICS, ...TLP_LEVELS, ...DETECTION_TAGS]

function tagItems(word: TextSpan, present: ReadonlySet<string>): AssistItem[] {
  const namespaces: AssistItem[] = TAG_NAMESPACES.map((ns, index) => ({
    label: `${ns.name}.`,
    kind: 'namespace',
    detail: 'tag namespace',
    documentation: ns.doc,
    insertText: `${ns.name}.`,
    range: word,
    sortText: `0${sort(index)}`,
    retrigger: true,
  }))
  const tags: AssistItem[] = ALL_TAGS.filter((t) => !present.has(t.tag)).map((t, index) => ({
    label: t.tag,
    kind: 'tag',
    detail: t.tag.startsWith('attack.') ? 'ATT&CK tactic' : `${t.tag.split('.')[0]} tag`,
    documentation: t.doc,
    insertText: t.tag,
    range: word,
    sortText: `1${sort(index)}`,
  }))
  return [...namespaces, ...tags]
}

const CONDITION_KEYWORDS: Readonly<Record<string, string>> = {
  and: 'Both sides must match.',
  or: 'Either side may match.',
  not: 'The following expression must not match.',
  '1 of': 'At least one of the search identifiers matching the pattern (`1 of selection_*`) or `1 of them`.',
  'all of': 'All search identifiers matching the pattern (`all of selection_*`) must match.',
  them: 'All search identifiers of the detection (except those starting with `_`).',
}

function keyword(label: string, insertText: string, range: TextSpan, sortText: string, retrigger = false): AssistItem {
  return { label, kind: 'keyword', detail: 'condition keyword', documentation: CONDITION_KEYWORDS[label], insertText, range, sortText, retrigger, filterText: label }
}

/** Wildcard patterns for identifiers sharing a prefix up to `_`, e.g. `selection_*`. */
export function identifierPatterns(identifiers: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const id of identifiers) {
    const cut = id.indexOf('_', 1)
    if (cut > 0) counts.set(id.slice(0, cut + 1), (counts.get(id.slice(0, cut + 1)) ?? 0) + 1)
  }
  return [...counts].filter(([, n]) => n >= 2).map(([prefix]) => `${prefix}*`)
}

function conditionItems(text: string, offset: number, start: number, facts: DocumentFacts, lead: string): AssistItem[] {
  const word = wordAround(text, offset, CONDITION_CHARS, start)
  const before = text.slice(start, word.start)
  const tokens = before.split(/(\s+|\(|\))/).map((t) => t.trim()).filter(Boolean)
  const last = tokens[tokens.length - 1]
  const identifiers = (after: string): AssistItem[] =>
    facts.identifiers.map((id, index) => ({
      label: id,
      kind: 'identifier',
      detail: 'search identifier',
      insertText: lead + id + after,
      filterText: id,
      range: word,
      sortText: `0${sort(index)}`,
    }))
  if (last === '1' || last === 'all') return [keyword('of', 'of ', word, '0', true)].map((k) => ({ ...k, documentation: CONDITION_KEYWORDS[`${last} of`] }))
  if (last === 'of') {
    const patterns = identifierPatterns(facts.identifiers).map((p, index): AssistItem => ({
      label: p,
      kind: 'identifier',
      detail: 'identifier pattern',
      documentation: `Every search identifier starting with \`${p.slice(0, -1)}\`.`,
      insertText: p,
      range: word,
      sortText: `1${sort(index)}`,
    }))
    return [...identifiers(''), ...patterns, keyword('them', 'them', word, '2')]
  }
  const expectsOperator = last !== undefined && last !== 'and' && last !== 'or' && last !== 'not' && last !== '('
  if (expectsOperator) {
    return [keyword('and', 'and ', word, '0', true), keyword('or', 'or ', word, '1', true), { ...keyword('and not', 'and not ', word, '2', true), documentation: 'Both: the left side must match and the right side must not.' }]
  }
  return [
    ...identifiers(''),
    keyword('not', `${lead}not `, word, '1', true),
    keyword('1 of', `${lead}1 of `, word, '2', true),
    keyword('all of', `${lead}all of `, word, '3', true),
  ]
}
