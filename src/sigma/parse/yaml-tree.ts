// YAML text → a small tree of nodes that keep their source ranges, with PyYAML scalar typing.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml'
import type { Diagnostic, SourceRange } from '../api-types'
import { fastParseYamlStream } from './fast-yaml'
import { addMapEntry } from './map-entries'
import { resolvePlainScalar, type ScalarType } from './scalar'

export interface YScalar {
  kind: 'scalar'
  type: ScalarType
  /** Python str() of the value (the string itself for strings). */
  text: string
  number?: number
  range: SourceRange
}
export interface YSeq {
  kind: 'seq'
  items: YNode[]
  range: SourceRange
}
export interface YEntry {
  key: string
  keyRange: SourceRange
  value: YNode
}
export interface YMap {
  kind: 'map'
  entries: YEntry[]
  range: SourceRange
}
export type YNode = YScalar | YSeq | YMap

export interface YDocument {
  root: YNode | null
  range: SourceRange
}

export interface YamlParseResult {
  documents: YDocument[]
  diagnostics: Diagnostic[]
}

const MAX_DEPTH = 200

function rangeOf(node: { range?: [number, number, number] | null } | null | undefined): SourceRange {
  const r = node?.range
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 }
}

/** Parses every document of a YAML stream; errors become diagnostics, never exceptions. */
export function parseYamlStream(text: string): YamlParseResult {
  // The fast parser covers what rules use and bails out (null) on anything else or any error.
  return fastParseYamlStream(text) ?? parseYamlWithLibrary(text)
}

/** parseYamlStream through the `yaml` library only: the reference the fast path must equal. */
export function parseYamlWithLibrary(text: string): YamlParseResult {
  const diagnostics: Diagnostic[] = []
  const documents: YDocument[] = []
  const parsed = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false })
  const list = Array.isArray(parsed) ? parsed : []
  for (const doc of list) {
    for (const error of doc.errors) {
      diagnostics.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: cleanYamlMessage(error.message),
        range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) },
      })
    }
    for (const warning of doc.warnings) {
      diagnostics.push({
        code: 'yaml-warning',
        severity: 'warning',
        message: cleanYamlMessage(warning.message),
        range: { start: warning.pos[0], end: warning.pos[1] },
      })
    }
    if (doc.errors.length > 0) continue
    const builder = new TreeBuilder(doc, diagnostics)
    const root = doc.contents ? builder.build(doc.contents as Node, 0) : null
    documents.push({ root, range: rangeOf(doc as unknown as { range: [number, number, number] }) })
  }
  return { documents, diagnostics }
}

function cleanYamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')
}

class TreeBuilder {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly diagnostics: Diagnostic[],
  ) {}

  build(node: Node, depth: number): YNode {
    if (depth > MAX_DEPTH) throw new Error('YAML nesting is too deep')
    if (isAlias(node)) {
      const target = node.resolve(this.doc)
      if (!target) return { kind: 'scalar', type: 'null', text: 'None', range: rangeOf(node) }
      return this.build(target as Node, depth + 1)
    }
    if (isScalar(node)) {
      const raw = node.value == null ? '' : String(node.value)
      if (node.type === 'PLAIN' && !node.tag) {
        const resolved = resolvePlainScalar(raw)
        return { kind: 'scalar', ...resolved, range: rangeOf(node) }
      }
      return { kind: 'scalar', type: 'str', text: raw, range: rangeOf(node) }
    }
    if (isSeq(node)) {
      return {
        kind: 'seq',
        items: node.items.map((item) => this.build(item as Node, depth + 1)),
        range: rangeOf(node),
      }
    }
    if (isMap(node)) {
      const entries: YEntry[] = []
      const seen = new Map<string, number>()
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value ?? '') : ''
        const keyRange = rangeOf(keyNode)
        const valueNode = pair.value as Node | null
        const value: YNode = valueNode
          ? this.build(valueNode, depth + 1)
          : { kind: 'scalar', type: 'null', text: 'None', range: { start: keyRange.end, end: keyRange.end } }
        addMapEntry(entries, seen, { key, keyRange, value }, this.diagnostics)
      }
      return { kind: 'map', entries, range: rangeOf(node) }
    }
    return { kind: 'scalar', type: 'null', text: 'None', range: rangeOf(node as never) }
  }
}

export function mapGet(node: YNode | null | undefined, key: string): YNode | undefined {
  if (!node || node.kind !== 'map') return undefined
  for (const entry of node.entries) if (entry.key === key) return entry.value
  return undefined
}

export function mapEntry(node: YNode | null | undefined, key: string): YEntry | undefined {
  if (!node || node.kind !== 'map') return undefined
  return node.entries.find((entry) => entry.key === key)
}

export function scalarText(node: YNode | undefined): string | undefined {
  return node && node.kind === 'scalar' && node.type !== 'null' ? node.text : undefined
}
