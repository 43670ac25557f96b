// Value modifier checks: unknown names, combinations that cannot work, and values of the wrong type
// for a modifier (cidr on a non-network, gt on text, exists on a non-boolean, ...).
import type { YScalar } from '../../parse/yaml-tree'
import { MODIFIERS, type ModifierEntry } from '../../schema/taxonomy'
import { closest } from '../edit-distance'
import type { Reporter } from '../reporter'
import type { DetectionItem, RuleContext } from '../rule-model'
import { hasWildcard } from '../../value/sigma-string'

const BY_NAME = new Map<string, ModifierEntry>(MODIFIERS.map((m) => [m.name, m]))
const MATCH_POSITION = ['contains', 'startswith', 'endswith']
const ENCODINGS = ['utf16le', 'utf16be', 'utf16', 'wide']

export function checkModifiers(ctx: RuleContext, r: Reporter): void {
  for (const item of ctx.detection?.items ?? []) checkItem(item, r)
}

function checkItem(item: DetectionItem, r: Reporter): void {
  if (item.modifiers.length === 0) return
  const names = item.modifiers.map((m) => m.name)
  const has = (n: string) => names.includes(n)
  const seen = new Set<string>()
  let known = true
  item.modifiers.forEach((mod, index) => {
    const entry = BY_NAME.get(mod.name)
    if (!entry) {
      known = false
      const similar = closest(mod.name, BY_NAME.keys(), 2)
      r.report('unknown-modifier', mod.range, `'${mod.name}' is not a Sigma modifier${similar ? `: did you mean '${similar}'?` : ': see the modifier list (contains, startswith, endswith, all, re, cidr, ...).'}`, {
        fix: similar ? { title: `Change to '${similar}'`, edits: [{ range: mod.range, newText: similar }] } : undefined,
      })
      return
    }
    if (seen.has(mod.name) && mod.name !== 'base64') {
      r.report('repeated-modifier', mod.range, `'${mod.name}' is already applied to this field: remove the repeat.`, {
        fix: { title: `Remove the second '${mod.name}'`, edits: [{ range: { start: mod.range.start - 1, end: mod.range.end }, newText: '' }] },
      })
    }
    seen.add(mod.name)
    if (entry.kind === 'regex-flag' && !names.slice(0, index).includes('re')) {
      r.report('invalid-modifier-combination', mod.range, `'${mod.name}' is a regular expression flag: it only works after 're' (e.g. |re|${mod.name}).`, { severity: 'error' })
    }
    if (ENCODINGS.includes(mod.name) && names.slice(0, index).some((n) => n === 'base64' || n === 'base64offset')) {
      r.report('invalid-modifier-combination', mod.range, `'${mod.name}' after base64 encodes the Base64 text itself: put it first (e.g. |${mod.name}|base64offset|contains).`)
    }
  })
  if (!known) return
  const at = item.keyRange ?? item.node.range
  const combo = (message: string, severity: 'error' | 'warning' = 'warning') =>
    r.report('invalid-modifier-combination', at, message, { severity })
  const positions = MATCH_POSITION.filter(has)
  if (positions.length > 1) combo(`'${positions.join("' and '")}' contradict each other: keep one.`)
  if (has('re')) {
    const clash = names.filter((n) => [...MATCH_POSITION, 'windash', 'base64', 'base64offset', 'cidr', 'expand', ...ENCODINGS].includes(n))
    if (clash.length) combo(`'re' cannot be combined with '${clash.join("', '")}': write the pattern itself (e.g. '.*text.*' instead of contains).`, 'error')
  }
  if (has('cidr') && names.length > 1) combo("'cidr' stands alone: it cannot be combined with other modifiers.", 'error')
  if (has('exists') && names.length > 1) combo("'exists' stands alone: it checks only that the field is present.", 'error')
  if (has('base64offset') && !has('contains')) combo("'base64offset' produces fragments of Base64 text: add '|contains' after it.")
  if (has('windash') && has('all')) combo("'windash' with 'all' requires every dash variant at once: drop 'all' or split the values into separate selections.")
  if (has('all') && item.field !== null && !has('contains') && !has('re') && item.values.length > 1 && !item.values.some((v) => hasWildcard(v.text))) {
    combo("A field cannot equal several different values at once: with 'all', add '|contains' (or startswith/endswith).")
  }
  if (has('all') && item.node.kind === 'scalar') {
    r.report('all-single-value', item.modifiers.find((m) => m.name === 'all')!.range, "'all' links the values of a list with AND: a single value needs no 'all'.")
  }
  if ((has('base64') || has('base64offset')) && !has('re')) {
    for (const v of item.values) {
      if (hasWildcard(v.text)) r.report('base64-wildcard', v.range, 'Wildcards are Base64-encoded literally, so this value will not match as a pattern: remove the * or ? (use |contains for partial matches).')
    }
  }
  checkValueTypes(item, names, r)
}

function checkValueTypes(item: DetectionItem, names: string[], r: Reporter): void {
  const typeError = (v: YScalar | undefined, message: string, severity: 'error' | 'warning' = 'error') =>
    r.report('modifier-value-type', v?.range ?? item.node.range, message, { severity })
  if (item.node.kind === 'map') typeError(undefined, `'${item.key}' needs a value or a list of values, not a map.`)
  for (const name of names) {
    const kind = BY_NAME.get(name)?.kind
    for (const v of item.values) {
      if (v.type === 'null') continue
      if (name === 'exists') {
        if (v.type !== 'bool') typeError(v, `'exists' takes true or false, not '${v.text}'.`)
      } else if (kind === 'numeric' || kind === 'time') {
        if (v.type !== 'int' && v.type !== 'float' && !/^-?\d+(\.\d+)?$/.test(v.text)) typeError(v, `'${name}' compares numbers: '${v.text}' is not a number.`)
      } else if (name === 'cidr') {
        if (!isNetwork(v.text)) typeError(v, `'${v.text}' is not an IP network: write CIDR notation like 10.0.0.0/8 or fe80::/10.`)
      } else if (name === 'expand') {
        if (!/%[^%\s]+%/.test(v.text)) typeError(v, `'expand' replaces %placeholders%, but '${v.text}' has none: add one (e.g. %Servers%) or drop 'expand'.`, 'warning')
      } else if (name === 'fieldref') {
        if (v.type !== 'str' || !/^[\w.\-@]+$/.test(v.text)) typeError(v, `'fieldref' takes the name of another field, not '${v.text}'.`)
      } else if ((kind === 'string' || kind === 'encoding' || MATCH_POSITION.includes(name)) && v.type === 'bool') {
        typeError(v, `'${name}' works on text: quote '${v.text}' if it is meant as text.`, 'warning')
      }
    }
  }
}

/** IPv4 or IPv6 address or network (prefix optional), as Python's ip_network(strict=False) reads it. */
export function isNetwork(text: string): boolean {
  const [address, prefix, extra] = text.split('/')
  if (extra !== undefined) return false
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return false
  const bits = prefix === undefined ? undefined : Number(prefix)
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) {
    return address.split('.').every((o) => Number(o) <= 255) && (bits === undefined || bits <= 32)
  }
  if (!/^[0-9a-fA-F:.]+$/.test(address) || !address.includes(':')) return false
  const halves = address.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((h) => (h ? h.split(':') : []))
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g) || /^\d{1,3}(\.\d{1,3}){3}$/.test(g))) return false
  const count = groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0)
  if (halves.length === 1 ? count !== 8 : count > 7) return false
  return bits === undefined || bits <= 128
}
