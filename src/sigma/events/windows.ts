// Windows events (XML, or the nested JSON that EVTX dump tools print) flattened to the field names
// Sigma rules use: System elements by name, System attributes as Element_Attribute, EventData
// Data by its Name (spaces removed), UserData leaves by name.
import type { XmlElement } from './xml'

/** XML elements and nested JSON objects both become this before flattening. */
export interface EventNode {
  name: string
  attributes: Record<string, unknown>
  children: EventNode[]
  /** The element's own value; undefined when it has child elements. */
  value: unknown
}

export type FlatEvent = Record<string, unknown>

const MAX_DEPTH = 64

export function fromXml(element: XmlElement): EventNode {
  return {
    name: element.name,
    attributes: element.attributes,
    children: element.children.map(fromXml),
    value: element.children.length > 0 ? undefined : element.text,
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Nested JSON → nodes. Attributes are `#attributes: {...}` (evtx_dump) or `@Name` keys (xmltodict);
 * text is `#text`; a list value gives one element per item.
 */
export function fromJson(name: string, value: unknown, depth = 0): EventNode[] {
  if (depth > MAX_DEPTH) return []
  if (Array.isArray(value)) return value.flatMap((item) => fromJson(name, item, depth + 1))
  const node: EventNode = { name, attributes: Object.create(null) as Record<string, unknown>, children: [], value: undefined }
  if (!isRecord(value)) {
    node.value = value
    return [node]
  }
  for (const key of Object.keys(value)) {
    const item = value[key]
    if (key === '__proto__') continue
    if (key === '#attributes' && isRecord(item)) {
      for (const attr of Object.keys(item)) if (attr !== '__proto__' && !attr.startsWith('xmlns')) node.attributes[attr] = item[attr]
    } else if (key.startsWith('@')) {
      if (!key.startsWith('@xmlns') && key !== '@__proto__') node.attributes[key.slice(1)] = item
    } else if (key === '#text') {
      node.value = item
    } else node.children.push(...fromJson(key, item, depth + 1))
  }
  if (node.children.length > 0) node.value = undefined
  else if (node.value === undefined) node.value = null
  return [node]
}

/** True for `{ "Event": { "System": ... } }` or `{ "System": ..., "EventData": ... }`. */
export function isNestedWindowsEvent(value: Record<string, unknown>): boolean {
  const event = Object.hasOwn(value, 'Event') ? value.Event : value
  return isRecord(event) && Object.hasOwn(event, 'System') && isRecord(event.System)
}

export function flattenNestedJson(value: Record<string, unknown>): FlatEvent {
  const event = Object.hasOwn(value, 'Event') ? value.Event : value
  return flattenWindowsEvent(fromJson('Event', event)[0])
}

/** Field name rules: no spaces; `__proto__` never becomes a key. */
function put(fields: FlatEvent, name: string, value: unknown): void {
  const key = name.replace(/\s+/g, '')
  if (key === '' || key === '__proto__') return
  if (Object.hasOwn(fields, key)) {
    const current = fields[key]
    fields[key] = Array.isArray(current) ? [...current, value] : [current, value]
  } else fields[key] = value
}

function nodeValue(node: EventNode): unknown {
  return node.value === undefined ? null : node.value
}

export function flattenWindowsEvent(root: EventNode): FlatEvent {
  const fields: FlatEvent = Object.create(null) as FlatEvent
  for (const section of root.children) {
    switch (section.name) {
      case 'System':
        for (const element of section.children) flattenSystemElement(fields, element)
        break
      case 'EventData':
        flattenEventData(fields, section)
        break
      case 'UserData':
        for (const wrapper of section.children) collectLeaves(fields, wrapper, 0)
        break
      default:
        // RenderingInfo and other sections carry display text, not event data.
        break
    }
  }
  return fields
}

function flattenSystemElement(fields: FlatEvent, element: EventNode): void {
  const attributes = Object.keys(element.attributes)
  for (const attr of attributes) put(fields, `${element.name}_${attr}`, element.attributes[attr])
  const value = nodeValue(element)
  // `<Correlation/>` (no text, no attributes) is null; `<Provider Name=.../>` only gives attributes.
  if (element.children.length > 0) for (const child of element.children) flattenSystemElement(fields, child)
  else if (value !== null && value !== '') put(fields, element.name, value)
  else if (attributes.length === 0) put(fields, element.name, null)
}

function flattenEventData(fields: FlatEvent, section: EventNode): void {
  const unnamed: unknown[] = []
  for (const child of section.children) {
    if (child.name === 'Data') {
      const name = child.attributes.Name
      const value = nodeValue(child)
      if (typeof name === 'string' && name !== '') put(fields, name, value === null ? '' : value)
      else if (Array.isArray(value)) unnamed.push(...value)
      else unnamed.push(value === null ? '' : value)
    } else if (child.children.length > 0) collectLeaves(fields, child, 0)
    else put(fields, child.name, nodeValue(child))
  }
  if (unnamed.length === 1) put(fields, 'Data', unnamed[0])
  else if (unnamed.length > 1) put(fields, 'Data', unnamed)
}

function collectLeaves(fields: FlatEvent, node: EventNode, depth: number): void {
  if (depth > MAX_DEPTH) return
  for (const child of node.children) {
    if (child.children.length > 0) collectLeaves(fields, child, depth + 1)
    else put(fields, child.name, nodeValue(child))
  }
}
