// Hover docs for the word under the pointer in a Sigma rule: keys (from the schema), field names,
// value modifiers, log source values, enum values, tags (ATT&CK tactics and techniques) and
// condition keywords. Markdown out; src/app/monaco/sigma-hover.ts maps it to Monaco.
import { ATTACK_TECHNIQUES } from '../export/attack-names'
import {
  ATTACK_TACTICS, D3FEND_TACTICS, DETECTION_TAGS, FIELDS_BY_LOGSOURCE, LOGSOURCE_CATEGORIES, LOGSOURCE_PRODUCTS,
  LOGSOURCE_SERVICES, MODIFIERS, TAG_NAMESPACES, TLP_LEVELS,
} from '../schema/taxonomy'
import { fieldsFor } from './completions'
import { outlineAt, wordAround, type DocumentFacts, type OutlineKey, type TextSpan } from './context'
import { describe, schemaAt, schemaEnum } from './schema-docs'

export interface AssistHover {
  /** Markdown. */
  markdown: string
  range: TextSpan
}

const within = (span: TextSpan, offset: number) => offset >= span.start && offset < span.end

export function hoverAt(text: string, offset: number): AssistHover | null {
  const { outline, facts } = outlineAt(text, offset)
  for (const entry of outline.keys) {
    if (within(entry.keySpan, offset)) return keyHover(text, entry, offset, facts)
    if (within(entry.valueSpan, offset)) return valueHover(text, entry.path, entry.valueSpan, offset, facts)
  }
  for (const item of outline.items) {
    if (within(item.valueSpan, offset)) return itemHover(text, item.path, item.value, item.valueSpan, offset, facts)
  }
  return null
}

function isSearchIdentifierPath(path: readonly string[]): boolean {
  if (path.length < 2) return false
  if (path[0] === 'detection') return path[1] !== 'condition' && path[1] !== 'timeframe'
  if (path[0] === 'filter') return path[1] !== 'condition' && path[1] !== 'rules'
  return false
}

function keyHover(text: string, entry: OutlineKey, offset: number, facts: DocumentFacts): AssistHover | null {
  const { path, keySpan } = entry
  if (isSearchIdentifierPath(path) && path.length === 3) return fieldKeyHover(text, keySpan, offset, facts)
  if (isSearchIdentifierPath(path) && path.length === 2) {
    return { markdown: `**${path[1]}**: search identifier\n\n${describe(schemaAt(path))}`, range: keySpan }
  }
  const node = schemaAt(path)
  const doc = describe(node)
  if (!node || !doc) return null
  return { markdown: `**${path[path.length - 1]}**\n\n${doc}`, range: keySpan }
}

/** `Field|mod1|mod2`: the field name or the modifier under the pointer. */
function fieldKeyHover(text: string, keySpan: TextSpan, offset: number, facts: DocumentFacts): AssistHover | null {
  const raw = text.slice(keySpan.start, keySpan.end)
  const quote = raw[0] === "'" || raw[0] === '"' ? 1 : 0
  let start = keySpan.start + quote
  const parts = raw.slice(quote, raw.length - quote).split('|')
  for (const [index, part] of parts.entries()) {
    const span = { start, end: start + part.length }
    start = span.end + 1
    if (!(offset >= span.start && offset <= span.end) || part === '') continue
    if (index === 0) return fieldHover(part, span, facts)
    const modifier = MODIFIERS.find((m) => m.name === part)
    if (!modifier) return { markdown: `**|${part}**: unknown value modifier`, range: span }
    return { markdown: `**|${part}**: value modifier (${modifier.kind})\n\n${modifier.doc}`, range: span }
  }
  return null
}

function fieldHover(name: string, range: TextSpan, facts: DocumentFacts): AssistHover {
  const own = fieldsFor(facts).find((f) => f.name === name)
  const source = [facts.logsource.category, facts.logsource.product, facts.logsource.service].filter(Boolean).join(' / ')
  const doc = own?.doc || Object.values(FIELDS_BY_LOGSOURCE).flat().find((f) => f.name === name && f.doc)?.doc
  const where = own ? `a field of ${source}` : source ? `not listed for ${source} in the taxonomy` : 'a field of the event'
  return { markdown: `**${name}**: ${where}${doc ? `\n\n${doc}` : ''}`, range }
}

const CONDITION_DOCS: Readonly<Record<string, string>> = {
  and: '**and**: both sides must match.',
  or: '**or**: either side may match.',
  not: '**not**: the following expression must not match.',
  of: '**1 of** / **all of**: at least one / all of the search identifiers matching a pattern (`selection_*`) or `them`.',
  them: '**them**: every search identifier of the detection except those starting with `_`.',
}

function conditionHover(text: string, offset: number, span: TextSpan, facts: DocumentFacts): AssistHover | null {
  const word = wordAround(text, offset + 1, /[A-Za-z0-9_*]/, span.start)
  if (word.end <= word.start || offset >= word.end) return null
  const name = text.slice(word.start, word.end)
  if (CONDITION_DOCS[name]) return { markdown: CONDITION_DOCS[name], range: word }
  if (facts.identifiers.includes(name)) return { markdown: `**${name}**: search identifier of this detection`, range: word }
  if (name.endsWith('*')) {
    const prefix = name.slice(0, -1)
    const matching = facts.identifiers.filter((id) => id.startsWith(prefix))
    return { markdown: `**${name}**: ${matching.length ? matching.map((m) => `\`${m}\``).join(', ') : 'matches no search identifier'}`, range: word }
  }
  return null
}

function valueHover(text: string, path: readonly string[], span: TextSpan, offset: number, facts: DocumentFacts): AssistHover | null {
  const value = text.slice(span.start, span.end).replace(/^['"]|['"]$/g, '')
  if (path.length === 2 && (path[0] === 'detection' || path[0] === 'filter') && path[1] === 'condition') return conditionHover(text, offset, span, facts)
  if (path.length === 2 && path[0] === 'logsource') {
    const entry =
      path[1] === 'category' ? LOGSOURCE_CATEGORIES.find((c) => c.name === value)
      : path[1] === 'product' ? LOGSOURCE_PRODUCTS.find((p) => p.name === value)
      : path[1] === 'service' ? (LOGSOURCE_SERVICES.find((s) => s.name === value && s.product === facts.logsource.product) ?? LOGSOURCE_SERVICES.find((s) => s.name === value))
      : undefined
    if (!entry) return null
    return { markdown: `**${value}**: log source ${path[1]}\n\n${entry.doc}`, range: span }
  }
  const documented = schemaEnum(path).find(([v]) => v === value)
  if (documented?.[1]) return { markdown: `**${value}**\n\n${documented[1]}`, range: span }
  return null
}

const NAMED_TAGS = [...ATTACK_TACTICS, ...D3FEND_TACTICS, ...TLP_LEVELS, ...DETECTION_TAGS]

/** Docs for a tag such as attack.execution, attack.t1059.001 or tlp.amber. */
export function tagDoc(tag: string): string | null {
  const named = NAMED_TAGS.find((t) => t.tag === tag)
  if (named) return named.tag.startsWith('attack.') ? `ATT&CK tactic: ${named.doc}` : named.doc
  const technique = /^attack\.(t\d{4}(?:\.\d{3})?)$/i.exec(tag)
  if (technique) {
    const id = technique[1].toUpperCase()
    const name = ATTACK_TECHNIQUES.get(id)
    return `ATT&CK technique ${id}${name ? `: ${name}` : ''}`
  }
  const other = /^attack\.([gsm])(\d{4})$/i.exec(tag)
  if (other) return `ATT&CK ${{ g: 'group', s: 'software', m: 'mitigation' }[other[1].toLowerCase() as 'g' | 's' | 'm']} ${other[1].toUpperCase()}${other[2]}`
  const namespace = TAG_NAMESPACES.find((ns) => tag.startsWith(`${ns.name}.`))
  return namespace ? namespace.doc : null
}

function itemHover(text: string, path: readonly string[], value: string, span: TextSpan, offset: number, facts: DocumentFacts): AssistHover | null {
  if (path.length === 2 && (path[0] === 'detection' || path[0] === 'filter') && path[1] === 'condition') return conditionHover(text, offset, span, facts)
  if (path.length === 1 && path[0] === 'tags') {
    const doc = tagDoc(value)
    return doc ? { markdown: `**${value}**\n\n${doc}`, range: span } : null
  }
  return null
}
