// The legacy converter's boolean optimizer, step for step: its output order and parentheses are
// part of the reference queries. Sub-expressions under NOT are left alone, as the original did.
import { leafKey, sameNode, type LegacyNode } from './legacy-nodes'

type Optimized = [LegacyNode | null, boolean]

function strip(node: LegacyNode): LegacyNode {
  if (node.kind === 'sub') return strip(node.item)
  if (node.kind === 'and' || node.kind === 'or') return { kind: node.kind, items: node.items.map(strip) }
  return node
}

function unstrip(node: LegacyNode): LegacyNode {
  if (node.kind === 'and' || node.kind === 'or') {
    return { kind: 'sub', item: { kind: node.kind, items: node.items.map(unstrip) } }
  }
  return node
}

function orderedUnique(items: LegacyNode[]): LegacyNode[] {
  const seen = new Set<string>()
  const seenNodes = new Set<LegacyNode>()
  const out: LegacyNode[] = []
  for (const item of items) {
    const key = leafKey(item)
    if (key !== null) {
      if (seen.has(key)) continue
      seen.add(key)
    } else {
      if (seenNodes.has(item)) continue
      seenNodes.add(item)
    }
    out.push(item)
  }
  return out
}

function optimizeOnce(node: LegacyNode | null, changes: boolean): Optimized {
  if (node === null) return [null, changes]
  if (node.kind === 'and' || node.kind === 'or') {
    let items = node.items
    if (items.length === 0) return [null, true]
    if (items.length === 1) return optimizeOnce(items[0], true)
    const unique = orderedUnique(items)
    if (unique.length < items.length) return optimizeOnce({ kind: node.kind, items: unique }, true)
    // OR(X, OR(Y)) => OR(X, Y), only when every child is of the same kind or a field tuple.
    if (items.some((c) => c.kind === node.kind) && items.every((c) => c.kind === node.kind || c.kind === 'field')) {
      const flat = items.flatMap((c) => (c.kind === node.kind ? (c as { items: LegacyNode[] }).items : [c]))
      return optimizeOnce({ kind: node.kind, items: flat }, true)
    }
    // OR(AND(X, ...), AND(X, ...)) => AND(X, OR(AND(...), AND(...)))
    const other = node.kind === 'or' ? 'and' : 'or'
    if (items.every((c) => c.kind === other)) {
      const children = items as { kind: 'and' | 'or'; items: LegacyNode[] }[]
      const promoted = children[0].items.filter((cand) => children.slice(1).every((child) => child.items.some((x) => sameNode(x, cand))))
      if (promoted.length > 0) {
        const newChildren = children.map((child) => {
          const rest = [...child.items]
          for (const cand of promoted) {
            const index = rest.findIndex((x) => sameNode(x, cand))
            if (index >= 0) rest.splice(index, 1)
          }
          return { kind: child.kind, items: rest } as LegacyNode
        })
        return optimizeOnce({ kind: other, items: [...promoted, { kind: node.kind, items: newChildren }] }, true)
      }
    }
    const results = items.map((item) => optimizeOnce(item, changes))
    items = results.map((r) => r[0]).filter((x): x is LegacyNode => x !== null)
    // The original kept None items here and removed them on the next pass; same result.
    return [{ kind: node.kind, items }, changes || results.some((r) => r[1]) || items.length !== results.length]
  }
  if (node.kind === 'not') {
    const child = node.item
    if (child.kind === 'not') return optimizeOnce(child.item, true)
    if (child.kind === 'null') return optimizeOnce({ kind: 'not-null', field: child.field, range: child.range }, true)
    if (child.kind === 'not-null') return optimizeOnce({ kind: 'null', field: child.field, range: child.range }, true)
    const [item, changed] = optimizeOnce(child, changes)
    return [item === null ? null : { kind: 'not', item }, changed]
  }
  return [node, changes]
}

const MAX_PASSES = 10_000

export function optimizeLegacyTree(tree: LegacyNode): LegacyNode | null {
  let current: LegacyNode | null = strip(tree)
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const [next, changed] = optimizeOnce(current, false)
    current = next
    if (!changed) break
  }
  return current === null ? null : unstrip(current)
}
