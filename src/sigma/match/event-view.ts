// One event as the matcher reads it: field lookups resolved once and cached, so that a hundred rules
// reading `CommandLine` share one lookup, one string conversion and one lower-casing.
import type { SigmaEvent } from './types'

/** The values of one field in one event. */
export class FieldSlot {
  /** Lower-cased `strings`, computed on first use. */
  private lowered: (string | null)[] | null = null

  constructor(
    /** The key exists in the event (even when its value is null). */
    readonly present: boolean,
    /** Scalar items: the value itself, or the elements of a list value. */
    readonly items: readonly unknown[],
    /** String form per item (numbers and booleans printed), null for null and objects. */
    readonly strings: readonly (string | null)[],
  ) {}

  lower(): readonly (string | null)[] {
    if (this.lowered === null) this.lowered = this.strings.map((s) => (s === null ? null : s.toLowerCase()))
    return this.lowered
  }

  /** Present with at least one non-null value. */
  hasValue(): boolean {
    return this.items.some((item) => item !== null && item !== undefined)
  }

  static of(present: boolean, items: readonly unknown[]): FieldSlot {
    return new FieldSlot(present, items, items.map(stringForm))
  }
}

const ABSENT = FieldSlot.of(false, [])

export function stringForm(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value)
    default:
      return null
  }
}

export class EventView {
  private readonly slots = new Map<string, FieldSlot>()
  private keywords: FieldSlot | null = null

  constructor(readonly event: SigmaEvent) {}

  slot(field: string): FieldSlot {
    let slot = this.slots.get(field)
    if (slot === undefined) {
      slot = resolveField(this.event, field)
      this.slots.set(field, slot)
    }
    return slot
  }

  /** Every scalar value of the event, for keyword (field-less) searches. */
  keywordSlot(): FieldSlot {
    if (this.keywords === null) {
      const values: unknown[] = []
      collectScalars(this.event, values, 0)
      this.keywords = FieldSlot.of(values.length > 0, values)
    }
    return this.keywords
  }
}

/** A literal key wins (`a.b` as one flattened name); otherwise the dots walk nested objects. */
function resolveField(event: SigmaEvent, field: string): FieldSlot {
  if (Object.hasOwn(event, field)) return slotFromValue(event[field])
  if (!field.includes('.')) return ABSENT
  let current: unknown[] = [event]
  for (const step of field.split('.')) {
    const next: unknown[] = []
    for (const node of current) {
      if (Array.isArray(node)) {
        for (const item of node) if (isRecord(item) && Object.hasOwn(item, step)) next.push(item[step])
      } else if (isRecord(node) && Object.hasOwn(node, step)) next.push(node[step])
    }
    if (next.length === 0) return ABSENT
    current = next
  }
  return FieldSlot.of(true, current.flatMap((value) => (Array.isArray(value) ? value : [value])))
}

function slotFromValue(value: unknown): FieldSlot {
  return FieldSlot.of(true, Array.isArray(value) ? value : [value])
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const MAX_KEYWORD_DEPTH = 32

function collectScalars(value: unknown, out: unknown[], depth: number, paths?: string[], path = ''): void {
  if (depth > MAX_KEYWORD_DEPTH) return
  if (Array.isArray(value)) for (const item of value) collectScalars(item, out, depth + 1, paths, path)
  else if (isRecord(value)) for (const key of Object.keys(value)) collectScalars(value[key], out, depth + 1, paths, path ? `${path}.${key}` : key)
  else if (value !== null && value !== undefined) {
    out.push(value)
    paths?.push(path)
  }
}

/** Every scalar of the event with the (dotted) field it sits in: for explaining keyword matches. */
export function scalarsWithFields(event: SigmaEvent): { field: string; value: unknown }[] {
  const values: unknown[] = []
  const paths: string[] = []
  collectScalars(event, values, 0, paths)
  return values.map((value, i) => ({ field: paths[i], value }))
}
