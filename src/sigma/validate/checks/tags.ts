// Tag checks: namespace.name format, known namespaces, no repeats, and the id pattern of each namespace.
import type { SourceRange } from '../../api-types'
import { mapEntry } from '../../parse/yaml-tree'
import { ATTACK_TACTICS, D3FEND_TACTICS, DETECTION_TAGS, TLP_LEVELS } from '../../schema/taxonomy'
import type { ValidationCode } from '../codes'
import { closest } from '../edit-distance'
import type { Reporter } from '../reporter'
import type { RuleContext } from '../rule-model'
import { removeListItemEdit } from '../text-util'

const TACTICS = new Set(ATTACK_TACTICS.map((t) => t.name))
const D3FEND = new Set(D3FEND_TACTICS.map((t) => t.name))
const TLP = new Set(TLP_LEVELS.map((t) => t.name))
const DETECTION = new Set(DETECTION_TAGS.map((t) => t.name))

interface NamespaceRule {
  code: ValidationCode
  valid: (name: string) => boolean
  expected: string
  candidates?: Iterable<string>
}

const NAMESPACES: Record<string, NamespaceRule> = {
  attack: {
    code: 'invalid-attack-tag',
    valid: (n) => TACTICS.has(n) || /^(t\d{4}(\.\d{3})?|g\d{4}|s\d{4}|m\d{4}|ds\d{4}|a\d{4})$/.test(n),
    expected: 'a tactic (attack.execution) or an ATT&CK id (attack.t1059.001, attack.g0016, attack.s0002, attack.m1042)',
    candidates: TACTICS,
  },
  d3fend: {
    code: 'invalid-d3fend-tag',
    valid: (n) => D3FEND.has(n) || /^d3-[a-z0-9]+$/.test(n) || /^d3f-[A-Za-z0-9]+$/.test(n),
    expected: 'a D3FEND tactic (d3fend.detect), technique (d3fend.d3-am) or artifact (d3fend.d3f-WindowsNtOpenFile)',
    candidates: D3FEND,
  },
  tlp: { code: 'invalid-tlp-tag', valid: (n) => TLP.has(n), expected: 'clear, green, amber, amber-strict or red (or TLP 1.0 white)', candidates: TLP },
  car: { code: 'invalid-car-tag', valid: (n) => /^\d{4}-\d{2}-\d{3}$/.test(n), expected: 'a CAR id without the CAR- prefix, e.g. car.2016-04-005' },
  cve: { code: 'invalid-cve-tag', valid: (n) => /^\d{4}-\d{4,}$/.test(n), expected: 'a CVE id like cve.2021-44228' },
  detection: { code: 'invalid-detection-tag', valid: (n) => DETECTION.has(n), expected: 'dfir, emerging-threats or threat-hunting', candidates: DETECTION },
  stp: { code: 'invalid-stp-tag', valid: (n) => /^[1-5][auk]?$/.test(n), expected: 'an analytic score 1-5 with an optional event level a, u or k, e.g. stp.3k' },
}

export function checkTags(ctx: RuleContext, r: Reporter): void {
  const entry = mapEntry(ctx.rule, 'tags')
  if (!entry || entry.value.kind !== 'seq') return
  const seen = new Set<string>()
  for (const item of entry.value.items) {
    if (item.kind !== 'scalar' || item.type === 'null') continue
    const tag = item.text
    if (seen.has(tag)) {
      const edit = removeListItemEdit(ctx.text, item.range)
      r.report('duplicate-tag', item.range, `'${tag}' is already listed: remove the repeat.`, {
        fix: edit ? { title: `Remove duplicate tag '${tag}'`, edits: [edit] } : undefined,
      })
      continue
    }
    seen.add(tag)
    checkTag(tag, item.range, r)
  }
}

function checkTag(tag: string, range: SourceRange, r: Reporter): void {
  const dot = tag.indexOf('.')
  const namespace = dot < 0 ? '' : tag.slice(0, dot)
  const name = dot < 0 ? '' : tag.slice(dot + 1)
  // D3FEND artifact names are CamelCase by definition; everything else is lower case.
  const format = namespace === 'd3fend' ? /^[a-z0-9_\-]+\.[A-Za-z0-9_\-.]+$/ : /^[a-z0-9_\-]+\.[a-z0-9_\-.]+$/
  if (!format.test(tag)) {
    const normal = tag.trim().toLowerCase().replace(/\s+/g, '-')
    const fixable = normal !== tag && format.test(normal)
    r.report('invalid-tag-format', range, `'${tag}' is not a valid tag: write namespace.name in lower case letters, digits, '-' and '_' (e.g. attack.t1059.001).`, {
      fix: fixable ? { title: `Change to '${normal}'`, edits: [{ range, newText: normal }] } : undefined,
    })
    return
  }
  const rule = Object.hasOwn(NAMESPACES, namespace) ? NAMESPACES[namespace] : undefined
  if (!rule) {
    const similar = closest(namespace, Object.keys(NAMESPACES), 2)
    r.report('unknown-tag-namespace', range, `'${namespace}' is not a Sigma tag namespace: use attack, car, cve, d3fend, detection, stp or tlp${similar ? ` (did you mean '${similar}'?)` : ''}.`)
    return
  }
  if (rule.valid(name)) return
  const suggestion = rule.candidates ? closest(name, rule.candidates, 3) : undefined
  r.report(rule.code, range, `'${tag}' is not a valid ${namespace} tag: expected ${rule.expected}.`, {
    fix: suggestion ? { title: `Change to '${namespace}.${suggestion}'`, edits: [{ range, newText: `${namespace}.${suggestion}` }] } : undefined,
  })
}
