// Strict checks for workspace fields read from untrusted JSON (share links, localStorage).
// Only known keys, right types, bounded lengths; option records are built on a null prototype
// so a key such as `__proto__` can never reach Object.prototype.
import { LIMITS, THEMES, type OptionValue, type Theme, type WorkspaceState } from './workspace'

export type ValidationResult = { ok: true; fields: Partial<WorkspaceState> } | { ok: false; error: string }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/
const KNOWN_FIELDS = ['rule', 'events', 'activeTab', 'options', 'theme'] as const

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number' && !Number.isFinite(value)) return 'an infinite number'
  return `a ${typeof value}`
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkString(name: string, value: unknown, maxChars: number): string | undefined {
  if (typeof value !== 'string') return `Field '${name}' must be a string, not ${describe(value)}.`
  if (value.length > maxChars) {
    return `Field '${name}' is too long (${value.length} characters; the limit is ${maxChars}).`
  }
  return undefined
}

function checkName(what: string, name: string): string | undefined {
  if (FORBIDDEN_KEYS.has(name)) return `${what} '${name}' is not allowed.`
  if (name.length === 0 || name.length > LIMITS.optionKeyChars || !NAME_PATTERN.test(name)) {
    return `${what} ${JSON.stringify(name.slice(0, LIMITS.optionKeyChars))} is not a valid name.`
  }
  return undefined
}

function validateOptions(value: unknown): { ok: true; options: Record<string, OptionValue> } | { ok: false; error: string } {
  if (!isPlainRecord(value)) return { ok: false, error: `Field 'options' must be an object, not ${describe(value)}.` }
  const keys = Object.keys(value)
  if (keys.length > LIMITS.optionCount) {
    return { ok: false, error: `Too many options (${keys.length}; the limit is ${LIMITS.optionCount}).` }
  }
  const options = Object.create(null) as Record<string, OptionValue>
  for (const key of keys) {
    const nameError = checkName('Option', key)
    if (nameError) return { ok: false, error: nameError }
    const item = value[key]
    if (typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item))) {
      options[key] = item
    } else if (typeof item === 'string') {
      if (item.length > LIMITS.optionStringChars) {
        return { ok: false, error: `Option '${key}' is too long (the limit is ${LIMITS.optionStringChars} characters).` }
      }
      options[key] = item
    } else {
      return { ok: false, error: `Option '${key}' must be a string, boolean or finite number, not ${describe(item)}.` }
    }
  }
  return { ok: true, options }
}

/** Validates a decoded JSON object whose fields are all optional; unknown keys are an error. */
export function validateWorkspaceFields(value: unknown): ValidationResult {
  if (!isPlainRecord(value)) return { ok: false, error: `Expected a JSON object, not ${describe(value)}.` }
  for (const key of Object.keys(value)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) {
      return { ok: false, error: `Unknown field ${JSON.stringify(key.slice(0, 64))}.` }
    }
  }
  const fields: Partial<WorkspaceState> = {}
  const has = (key: string) => Object.prototype.hasOwnProperty.call(value, key)
  if (has('rule')) {
    const error = checkString('rule', value.rule, LIMITS.ruleChars)
    if (error) return { ok: false, error }
    fields.rule = value.rule as string
  }
  if (has('events')) {
    const error = checkString('events', value.events, LIMITS.eventsChars)
    if (error) return { ok: false, error }
    fields.events = value.events as string
  }
  if (has('activeTab')) {
    const error = checkString('activeTab', value.activeTab, LIMITS.activeTabChars) ?? checkName('Tab', value.activeTab as string)
    if (error) return { ok: false, error }
    fields.activeTab = value.activeTab as string
  }
  if (has('options')) {
    const result = validateOptions(value.options)
    if (!result.ok) return result
    fields.options = result.options
  }
  if (has('theme')) {
    if (!THEMES.includes(value.theme as Theme)) {
      return { ok: false, error: `Field 'theme' must be one of ${THEMES.join(', ')}.` }
    }
    fields.theme = value.theme as Theme
  }
  return { ok: true, fields }
}
