// Condition checks: syntax errors at the exact token, identifiers the detection does not define,
// search identifiers the condition never uses, and discouraged forms (`all of them`, aggregations).
import type { ConditionNode } from '../../condition/ast'
import type { Reporter } from '../reporter'
import { conditionRange, type ConditionInfo, type DetectionSection, type RuleContext } from '../rule-model'
import { closest } from '../edit-distance'

/** Names matched by a `1 of pattern` target (`*` matches any text; `them` everything not starting with _). */
export function matchTarget(target: string, names: string[]): string[] {
  if (target === 'them') return names.filter((n) => !n.startsWith('_'))
  const re = new RegExp('^' + target.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$')
  return names.filter((n) => re.test(n))
}

export function checkCondition(ctx: RuleContext, r: Reporter): void {
  const detection = ctx.detection
  if (!detection) return
  const names = detection.searchIds.map((s) => s.name)
  const used = new Set<string>()
  for (const info of detection.conditions) {
    if (info.error) {
      r.report(info.error.code === 'condition-aggregation' ? 'condition-aggregation' : 'condition-syntax',
        conditionRange(info, info.error.range), `${info.error.message} (in the condition)`)
      continue
    }
    const parsed = info.parsed!
    walk(parsed.search, info, detection, names, used, r)
    if (parsed.aggregation) {
      for (const name of parsed.aggregation.kind === 'near' ? [...parsed.aggregation.include, ...parsed.aggregation.exclude] : []) used.add(name)
      if (ctx.kind === 'detection') {
        r.report('deprecated-aggregation', conditionRange(info, parsed.aggregation.range),
          "Aggregations in the condition are obsolete since Sigma 2.0 and most tools ignore or reject them: write a correlation rule (type: event_count, value_count, ...) that refers to this rule.")
      }
    }
  }
  if (detection.conditions.length === 0 || detection.conditions.some((c) => c.error)) return
  for (const id of detection.searchIds) {
    if (used.has(id.name)) continue
    r.report('dangling-detection', id.nameRange, `'${id.name}' is defined but the condition never uses it: add it to the condition or remove it.`)
  }
}

function walk(node: ConditionNode, info: ConditionInfo, detection: DetectionSection, names: string[], used: Set<string>, r: Reporter): void {
  switch (node.kind) {
    case 'identifier': {
      if (names.includes(node.name)) {
        used.add(node.name)
        return
      }
      const similar = closest(node.name, names, Math.max(1, Math.floor(node.name.length / 3)))
      const range = conditionRange(info, node.range)
      r.report('undefined-identifier', range,
        `'${node.name}' is not defined in '${detection.key}'${similar ? `: did you mean '${similar}'?` : names.length > 0 ? `: define it or use one of ${names.join(', ')}.` : ': define it there.'}`,
        { fix: similar ? { title: `Change to '${similar}'`, edits: [{ range, newText: similar }] } : undefined })
      return
    }
    case 'of': {
      const matched = matchTarget(node.target, names)
      for (const m of matched) used.add(m)
      const range = conditionRange(info, node.range)
      if (matched.length === 0) {
        r.report('undefined-identifier', conditionRange(info, node.targetRange),
          node.target === 'them' ? `'them' refers to no search identifier: define one in '${detection.key}'.` : `No search identifier matches '${node.target}': the pattern matches names like '${node.target.replace(/\*/g, '1')}'.`)
        return
      }
      if (node.target === 'them') {
        // A condition inherited from an `action: global` document serves every rule of the
        // collection; rewriting it for one of them would break the others.
        const own = detection.entry.value.range
        const inherited = range.start < own.start || range.end > own.end
        if (names.length === 1 && !inherited) {
          const fix = { title: `Replace with '${names[0]}'`, edits: [{ range, newText: names[0] }] }
          r.report('them-single-detection', range, `'${node.quantifier === 'one' ? '1' : 'all'} of them' with a single search identifier: write '${names[0]}' instead.`, { fix })
        } else if (node.quantifier === 'all') {
          r.report('all-of-them', range, "'all of them' is discouraged: it leaves no way to add a filter later. Name the selections, e.g. 'all of selection_*'.")
        }
      }
      return
    }
    case 'not':
      walk(node.operand, info, detection, names, used, r)
      return
    case 'group':
      walk(node.inner, info, detection, names, used, r)
      return
    case 'and':
    case 'or':
      walk(node.left, info, detection, names, used, r)
      walk(node.right, info, detection, names, used, r)
  }
}
