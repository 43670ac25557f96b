// Metadata checks: id present and a UUID, dates real and in YYYY-MM-DD form, no repeated references.
import type { YEntry, YScalar } from '../../parse/yaml-tree'
import { mapEntry } from '../../parse/yaml-tree'
import type { Reporter } from '../reporter'
import type { RuleContext } from '../rule-model'
import { lineEnd, removeListItemEdit } from '../text-util'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Where a new key goes: on a new line after `after` (or after the title, or at the document start). */
function insertAfter(ctx: RuleContext, keys: string[]): number | undefined {
  for (const key of keys) {
    const entry = mapEntry(ctx.rule, key)
    if (entry) return lineEnd(ctx.text, entry.value.range.end)
  }
  return undefined
}

export function checkIdentifier(ctx: RuleContext, r: Reporter): void {
  const entry = mapEntry(ctx.rule, 'id')
  const anchor = mapEntry(ctx.rule, 'title')?.keyRange ?? ctx.rule.entries[0]?.keyRange
  if (!entry) {
    if (!anchor) return
    const at = insertAfter(ctx, ['title'])
    const edit = at === undefined ? { range: { start: ctx.rule.range.start, end: ctx.rule.range.start }, newText: `id: ${r.newId()}\n` } : { range: { start: at, end: at }, newText: `\nid: ${r.newId()}` }
    r.report('missing-id', anchor, "The rule has no 'id': add a random UUID so tools and correlations can refer to it.", {
      fix: { title: 'Generate a UUID for id', edits: [edit] },
    })
    return
  }
  if (entry.value.kind !== 'scalar' || entry.value.type === 'null') return
  if (!UUID_RE.test(entry.value.text) && ctx.kind === 'detection') {
    r.report('invalid-id', entry.value.range, `'${entry.value.text}' is not a UUID: Sigma rule ids are random UUIDs (version 4).`, {
      fix: { title: 'Replace with a new UUID', edits: [{ range: entry.value.range, newText: r.newId() }] },
    })
  }
}

interface ParsedDate {
  time: number
}

function readDate(entry: YEntry, r: Reporter): ParsedDate | undefined {
  const node = entry.value
  if (node.kind !== 'scalar' || node.type === 'null') return undefined
  const text = node.text
  const m = /^(\d{4})([-/])(\d{2})\2(\d{2})$/.exec(text)
  const today = r.todayText()
  const todayFix = { title: `Set to today (${today})`, edits: [{ range: node.range, newText: today }] }
  if (!m) {
    r.report('invalid-date', node.range, `'${text}' is not a date: write ${entry.key} as YYYY-MM-DD, e.g. ${today}.`, { fix: todayFix })
    return undefined
  }
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])]
  const time = Date.UTC(year, month - 1, day)
  const check = new Date(time)
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) {
    r.report('invalid-date', node.range, `${text} is not a real calendar date: check the month and day (YYYY-MM-DD).`, { fix: todayFix })
    return undefined
  }
  if (m[2] === '/') {
    const fixed = `${m[1]}-${m[3]}-${m[4]}`
    r.report('old-date-format', node.range, `${text} uses the old YYYY/MM/DD format: the specification now asks for ${fixed}.`, {
      fix: { title: `Change to ${fixed}`, edits: [{ range: node.range, newText: fixed }] },
    })
  }
  return { time }
}

export function checkDates(ctx: RuleContext, r: Reporter): void {
  const dateEntry = mapEntry(ctx.rule, 'date')
  const modifiedEntry = mapEntry(ctx.rule, 'modified')
  const date = dateEntry ? readDate(dateEntry, r) : undefined
  const modified = modifiedEntry ? readDate(modifiedEntry, r) : undefined
  if (!dateEntry && ctx.kind === 'detection') {
    const anchor = mapEntry(ctx.rule, 'title')?.keyRange
    const at = insertAfter(ctx, ['author', 'id', 'title'])
    if (anchor && at !== undefined) {
      r.report('missing-date', anchor, "The rule has no creation 'date': add one (YYYY-MM-DD) so readers know how current it is.", {
        fix: { title: `Add date: ${r.todayText()}`, edits: [{ range: { start: at, end: at }, newText: `\ndate: ${r.todayText()}` }] },
      })
    }
  }
  if (date && modified && modified.time < date.time) {
    r.report('modified-before-date', modifiedEntry!.value.range, "'modified' is earlier than the creation 'date': one of them is wrong.")
  }
}

export function checkReferences(ctx: RuleContext, r: Reporter): void {
  const entry = mapEntry(ctx.rule, 'references')
  if (!entry || entry.value.kind !== 'seq') return
  const seen = new Set<string>()
  for (const item of entry.value.items) {
    if (item.kind !== 'scalar') continue
    const key = item.text.trim()
    if (seen.has(key)) {
      const edit = removeListItemEdit(ctx.text, item.range)
      r.report('duplicate-reference', item.range, 'This reference is already listed: remove the repeat.', {
        fix: edit ? { title: 'Remove the duplicate reference', edits: [edit] } : undefined,
      })
    }
    seen.add(key)
  }
}

/** id and title of a rule, for duplicate checks within and across files. */
export function ruleIdentity(ctx: RuleContext): { id?: YScalar; title?: YScalar } {
  const id = mapEntry(ctx.rule, 'id')?.value
  const title = mapEntry(ctx.rule, 'title')?.value
  return {
    id: id?.kind === 'scalar' && id.type !== 'null' ? id : undefined,
    title: title?.kind === 'scalar' && title.type !== 'null' ? title : undefined,
  }
}

const RECOMMENDED: { key: 'status' | 'level' | 'description'; code: 'missing-status' | 'missing-level' | 'missing-description'; after: string[]; value: string; why: string }[] = [
  { key: 'status', code: 'missing-status', after: ['id', 'title'], value: 'experimental', why: 'say how mature the rule is (stable, test, experimental, deprecated, unsupported)' },
  { key: 'description', code: 'missing-description', after: ['status', 'id', 'title'], value: 'Detects ...', why: 'explain what the rule detects and why it matters' },
  { key: 'level', code: 'missing-level', after: ['falsepositives', 'detection', 'logsource'], value: 'medium', why: 'say how critical a match is (informational, low, medium, high, critical)' },
]

/** Keys the specification makes optional but every shared rule should have (pySigma checks them too). */
export function checkRecommendedKeys(ctx: RuleContext, r: Reporter): void {
  if (ctx.kind !== 'detection') return
  const anchor = mapEntry(ctx.rule, 'title')?.keyRange
  if (!anchor) return
  for (const { key, code, after, value, why } of RECOMMENDED) {
    if (mapEntry(ctx.rule, key)) continue
    const entry = after.map((k) => mapEntry(ctx.rule, k)).find((e) => e)
    // After a map-valued key (detection), the new key goes after the whole block.
    const at = entry ? (entry.value.kind === 'scalar' ? lineEnd(ctx.text, entry.value.range.end) : blockEnd(ctx.text, entry.value.range.end)) : undefined
    r.report(code, anchor, `The rule has no '${key}': ${why}.`, {
      fix: at === undefined ? undefined : { title: `Add '${key}: ${value}'`, edits: [{ range: { start: at, end: at }, newText: entry!.value.kind === 'scalar' ? `\n${key}: ${value}` : `${key}: ${value}\n` }] },
    })
  }
}

/** Start of the line after a block node (block ranges usually end at the next key's line start). */
function blockEnd(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end
  const nl = text.indexOf('\n', end)
  return nl < 0 ? text.length : nl + 1
}
