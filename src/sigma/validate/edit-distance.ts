// Optimal-string-alignment distance (Levenshtein + adjacent transposition), so that 'desciption'
// and 'descirption' are one edit from 'description'. Stops early once every path exceeds `max`.
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1)
      cur[j] = d
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    before = prev
    prev = cur
  }
  return prev[b.length]
}

/** The closest candidate within `max` edits (case-insensitive), or undefined. */
export function closest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  let best: string | undefined
  let bestDistance = max + 1
  const lower = word.toLowerCase()
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), max)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
