// The JSON Schema (../schema/build-schema.ts) read as documentation: the keys a map may have, each
// key's description and the documented values of enums. One source for completion and hover.
import { buildSigmaSchema } from '../schema/build-schema'

export type SchemaNode = {
  type?: string | string[]
  description?: string
  markdownDescription?: string
  properties?: Record<string, SchemaNode>
  additionalProperties?: SchemaNode | boolean
  items?: SchemaNode
  anyOf?: SchemaNode[]
  enum?: string[]
  enumDescriptions?: string[]
  markdownEnumDescriptions?: string[]
}

let root: SchemaNode | undefined

function schemaRoot(): SchemaNode {
  root ??= buildSigmaSchema() as SchemaNode
  return root
}

function child(node: SchemaNode, key: string): SchemaNode | undefined {
  const map = node.properties || node.additionalProperties ? node : node.items ?? node
  const own = map.properties?.[key]
  if (own) return own
  return typeof map.additionalProperties === 'object' ? map.additionalProperties : undefined
}

/** The schema of the value at `path` (keys from the document root), if the schema describes it. */
export function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schemaRoot()
  for (const key of path) {
    node = node && child(node, key)
    if (!node) return undefined
  }
  return node
}

/** The named keys a map at `path` may have, in the schema's order. */
export function schemaKeys(path: readonly string[]): [string, SchemaNode][] {
  const node = schemaAt(path)
  if (!node) return []
  const map = node.properties ? node : node.items?.properties ? node.items : undefined
  return Object.entries(map?.properties ?? {})
}

export function describe(node: SchemaNode | undefined): string {
  return node?.markdownDescription ?? node?.description ?? ''
}

/** The documented values of an enum at `path`: [value, doc][]. */
export function schemaEnum(path: readonly string[]): [string, string][] {
  const node = schemaAt(path)
  if (!node?.enum) return []
  const docs = node.markdownEnumDescriptions ?? node.enumDescriptions ?? []
  return node.enum.map((value, i) => [value, docs[i] ?? ''])
}

export type ValueShape = 'map' | 'list' | 'enum' | 'scalar'

/** What a key's value looks like, to decide what inserting the key writes. */
export function valueShape(node: SchemaNode): ValueShape {
  if (node.enum) return 'enum'
  if (node.type === 'object' || node.properties) return 'map'
  if (node.type === 'array') return 'list'
  if (node.anyOf?.some((n) => n.type === 'array') && node.anyOf.every((n) => n.type === 'string' || n.type === 'array')) return 'list'
  return 'scalar'
}
