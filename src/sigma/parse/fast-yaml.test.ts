// The fast YAML path must bail out or equal the `yaml`-library path exactly (trees, ranges,
// diagnostics): on hand-picked cases, on every corpus rule, and on random mutations.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../test-support/seeded-random'
import { listYamlFiles } from '../../test-support/yaml-files'
import { fastParseYamlStrict } from './fast-yaml'
import { parseYamlStream, parseYamlWithLibrary } from './yaml-tree'

/** Asserts the fast path agrees with the library (or bails); returns whether it took the fast path. */
function agrees(text: string): boolean {
  const fast = fastParseYamlStrict(text)
  if (fast) expect(fast, JSON.stringify(text)).toStrictEqual(parseYamlWithLibrary(text))
  return fast !== null
}

// Constructs Sigma rules use: each must take the fast path (and agree).
const SUPPORTED = [
  '',
  '# only a comment\n',
  'a: b',
  'a: b\n',
  'a: b  # comment\n',
  "a: 'it''s'\nb: \"q\\\"\\\\ \\x41\\u00e9\\t\"\n",
  'a:\n  - x\n  - y\n\nb: 1\n',
  'a:\n- x\n- y\nb: 1\n',
  '---\na: 1\n---\nb: 2\n',
  '--- # c\na: 1\n...\n# after\n---\nb: 2\n...\n',
  'a: 1\n---\n',
  '  a: 1\n  b: 2\n',
  'a:\n',
  'a:\nb:   \nc: ~\n',
  '-\n- x\n-   \n',
  'a: |\n  x\n  y\n\nb: 1',
  'a: |-\n    x\n\n      y\n  \nb: 1\n',
  'a: >\n  folded\n  text\n\n  para\n    more\n  end\n',
  'a: |\n  x\n  # not a comment\n\n# a comment\nb: 1',
  'a: x\n  y\n\n  z # c\n',
  'a: [x, "y", \'z\', 1]  # c\n  # d\n',
  'a: {p: q, r: 1}\n',
  'a: []\nb: {}\n',
  '- a: 1\n  # c\n  b: 2\n  # d\n',
  'x:\n  - a: 1\n    b: 2\n    # c\n  # d\ny: 1',
  'x:\n  a: 1\n    # c\n  # d\n   \ny: 1',
  'a:\n  b:\n    - 1\n    # c\n  # d\n',
  'a:\n  b: 1\n# c\n',
  'a:\n  b: 1\n  # c\n',
  'a: 1\nb: 2\na: 3\n',
  "'quoted key': 1\n\"dq\": 2\n",
  'n: [yes, No, 0777, 1:30, 08, 1.5, .inf, null, ~]\n',
  'detection:\n    selection:\n        Image|endswith:\n            - \'\\cmd.exe\' # shell\n            # - \'\\pwsh.exe\'\n        CommandLine|contains|all: \'-v\'\n    condition: selection\nlevel: high\n',
  '- key:\n  - a\n- key2:\n',
  // Empty values next to comments end after (some of) them.
  'a:\n# c\nb: 1\n',
  'a: # c\nb: 1\n',
  'a:\n\n  # deep\nb: 1',
  'x:\n# c\n---\ny: 1\n',
  'x:\n# c\n...\n',
  '- # t\n- x\n# c\n-\n\n# d\n',
  // "#c" lowers the lexer's indentation for the plain scalar after it.
  'b:\n#c\n ~\n---\n',
]

// Outside the subset (or errors): the fast path must bail out.
const BAILS = [
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  '? a\n: b\n',
  '%YAML 1.2\n---\na: 1\n',
  'a:\n\tb: 1\n',
  'a: b\r\nc: d\r\n',
  'a: "\\q"\n',
  'a: b: c\n',
  'a:\n  b: 1\n c: 2\n',
  'a: "x\n  y"\n',
  'a: [x,\n  y]\n',
  'a: |+\n  x\n\n',
  'a: |2\n   x\n',
  'a: [[x]]\n',
  'just a scalar\n',
  'a: 1\n- b\n',
]

describe('fast YAML parser', () => {
  it('takes the fast path on the supported subset, with identical results', () => {
    for (const text of SUPPORTED) expect(agrees(text), JSON.stringify(text)).toBe(true)
  })

  it('bails out on anything else', () => {
    for (const text of BAILS) expect(fastParseYamlStrict(text), JSON.stringify(text)).toBeNull()
  })

  it('parseYamlStream still reports library errors', () => {
    const { diagnostics } = parseYamlStream('a: b: c\n')
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' })
    expect(parseYamlStream('a: 1\na: 2\n').diagnostics[0]).toMatchObject({ code: 'yaml-duplicate-key' })
  })
})

// ---- corpus differential ----

const SHARED = [join(__dirname, '../../../../shared'), '/work/shared'].find((p) => existsSync(join(p, 'conformance', 'rules')))


const FIXTURES = ['../backends/__fixtures__', '../examples', '../validate/__fixtures__'].flatMap((dir) => listYamlFiles(join(__dirname, dir)))

describe('fast YAML parser on real rules', () => {
  it('agrees with the library on the repository fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThan(20)
    for (const path of FIXTURES) agrees(readFileSync(path, 'utf8'))
  })

  it.skipIf(!SHARED)('agrees with the library on every corpus rule, taking the fast path on > 99%', () => {
    const files = [...listYamlFiles(join(SHARED!, 'conformance', 'rules')), ...listYamlFiles(join(SHARED!, 'regression'))]
    expect(files.length).toBeGreaterThan(2000)
    let fast = 0
    for (const path of files) if (agrees(readFileSync(path, 'utf8'))) fast++
    expect(fast / files.length).toBeGreaterThan(0.99)
  }, 120_000)
})

// ---- fuzz ----

/** A small deterministic PRNG so failures reproduce. */

const SEEDS = [
  ...SUPPORTED.filter((text) => text.length > 10),
  `title: Sample
id: 7aaaf4b8-e47c-4295-92ee-6ed40a6f60c8
description: |
    Detects a thing.
    Second line.

references:
    - https://example.com/a?b=c#d
tags: [attack.t1, "attack.t2"]
logsource: {product: windows, category: process_creation}
detection:
    selection:
        Image|endswith: '\\reg.exe' # trailing
        CommandLine|contains:
            - 'query'
            # - 'disabled'
            - "x\\ty"
    filter:
        - User: SYSTEM
          Level: 4
        -
        - plain value
          continued
    condition: selection and not filter
falsepositives:
    - Unknown
level: high
---
action: global
...
`,
]

const INSERTS = [' ', '  ', '\n', '\t', '#', ' #', ':', ': ', '-', '- ', "'", '"', "''", '\\', '|', '>', '|-', '[', ']', '{', '}', ',', 'a', '1', '~', '---\n', '...\n', '&a ', '*a', '!', '?', '%', '@', '\r', '\u2028', '\ufeff', '\0', 'é', 'x: y\n', '\n  ', '\n    - z']

function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const at = () => Math.floor(random() * (text.length + 1))
  const lines = () => text.split('\n')
  switch (Math.floor(random() * 7)) {
    case 0:
    case 1: {
      const i = at()
      return text.slice(0, i) + pick(INSERTS) + text.slice(i)
    }
    case 2: {
      const i = at()
      return text.slice(0, i) + text.slice(i + 1 + Math.floor(random() * 3))
    }
    case 3: {
      const ls = lines()
      const i = Math.floor(random() * ls.length)
      ls[i] = random() < 0.5 ? ' '.repeat(1 + Math.floor(random() * 4)) + ls[i] : ls[i].replace(/^ {1,4}/, '')
      return ls.join('\n')
    }
    case 4: {
      const ls = lines()
      const i = Math.floor(random() * ls.length)
      ls.splice(i, 0, ls[Math.floor(random() * ls.length)])
      return ls.join('\n')
    }
    case 5: {
      const ls = lines()
      const i = Math.floor(random() * ls.length)
      ls.splice(i, 0, ' '.repeat(Math.floor(random() * 10)) + pick(['', '#', '# c', '- x', 'k: v', '---', '  ']))
      return ls.join('\n')
    }
    default: {
      const ls = lines()
      ls.splice(Math.floor(random() * ls.length), 1)
      return ls.join('\n')
    }
  }
}

/** Random Sigma-shaped documents: nested maps and sequences, every scalar style, comments and
 * blank lines at random indentation, empty values, block scalars, multi-line plains, markers. */
function generator(random: () => number): () => string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const chance = (p: number) => random() < p
  const sp = (n: number) => ' '.repeat(Math.max(0, n))
  const WORDS = ['a', 'Image|endswith', 'x y', 'yes', '0777', '1.5', 'null', '~', 'http://x/y#z', 'a:b', 'C:\\w', '-v', 'a#b', "it's", 'é', '1:30', '']
  const plain = () => pick(WORDS.filter(Boolean))
  const scalar = () => pick([
    () => plain(),
    () => `'${pick(WORDS).replace(/'/g, "''")}'`,
    () => `"${pick(WORDS).replace(/\\/g, '\\\\')}${pick(['', '\\t', '\\x41', '\\u00e9', '\\"'])}"`,
    () => `[${Array.from({ length: Math.floor(random() * 3) }, () => pick(['a', "'b'", '"c"', '1'])).join(', ')}]`,
    () => `{${pick(['', 'a: b', 'a: 1, b: c'])}}`,
  ])()
  const trail = () => (chance(0.2) ? sp(1 + Math.floor(random() * 2)) + '# t' : '') + (chance(0.1) ? '  ' : '')
  const out: string[] = []
  const trivia = (n: number) => {
    while (chance(0.25)) out.push(chance(0.5) ? sp(Math.floor(random() * 4)) : sp(Math.max(0, n + Math.floor(random() * 9) - 4)) + pick(['# c', '#c', '#', '#-']))
  }
  function value(n: number, depth: number, inSeq: boolean): void {
    // after "key:" or "-" on the current last line
    const r = random()
    const last = out.length - 1
    if (r < 0.35 || depth > 3) out[last] += ' ' + scalar() + trail()
    else if (r < 0.45) out[last] += trail()
    else if (r < 0.55) {
      out[last] += ' ' + pick(['|', '|-', '>', '>-', '| '])
      const ci = n + 1 + Math.floor(random() * 4)
      const k = 1 + Math.floor(random() * 4)
      for (let i = 0; i < k; i++) {
        out.push(chance(0.2) ? sp(Math.floor(random() * (ci + 3))) : sp(ci + (chance(0.2) ? 2 : 0)) + pick(['text', '# x', 'more: y']))
      }
    } else if (r < 0.62) {
      out[last] += ' ' + plain()
      const k = 1 + Math.floor(random() * 3)
      for (let i = 0; i < k; i++) out.push(chance(0.25) ? '' : sp(n + 1 + Math.floor(random() * 3)) + pick(['cont', 'x y', '- z', 'w # c']))
    } else if (r < 0.8) {
      out[last] += trail()
      trivia(n)
      map(inSeq ? n + 2 : n + 1 + Math.floor(random() * 4), depth + 1)
    } else {
      out[last] += trail()
      trivia(n)
      seq(inSeq ? n + 2 : chance(0.3) ? n : n + 2, depth + 1)
    }
  }
  function map(n: number, depth: number, compactFirst = false): void {
    const k = 1 + Math.floor(random() * 3)
    for (let i = 0; i < k; i++) {
      const key = pick(['a', 'b', 'sel', "'q k'", '"d"', 'a', 'x|y', 'k '])
      if (i === 0 && compactFirst) out[out.length - 1] += key + ':'
      else out.push(sp(n) + key + ':')
      value(n, depth, false)
      trivia(n)
    }
  }
  function seq(n: number, depth: number): void {
    const k = 1 + Math.floor(random() * 3)
    for (let i = 0; i < k; i++) {
      out.push(sp(n) + '-')
      if (chance(0.3) && depth < 4) {
        out[out.length - 1] += ' '
        map(n + 2, depth + 1, true)
      } else value(n, depth, true)
      trivia(n)
    }
  }
  return () => {
    out.length = 0
    const docs = 1 + Math.floor(random() * 2)
    for (let d = 0; d < docs; d++) {
      trivia(0)
      if (d > 0 || chance(0.2)) out.push(pick(['---', '--- # c', '---  ']))
      trivia(0)
      if (chance(0.7)) map(chance(0.9) ? 0 : 2, 0)
      else seq(0, 0)
      trivia(0)
      if (chance(0.15)) out.push('...')
    }
    return out.join('\n') + (chance(0.7) ? '\n' : '')
  }
}

const FUZZ_RUNS = Number(process.env.FAST_YAML_FUZZ ?? 10000)

describe('fast YAML parser fuzz', () => {
  it('random mutations never make the fast path differ from the library, nor throw', () => {
    const random = seededRandom(Number(process.env.FAST_YAML_SEED ?? 7))
    let fast = 0
    for (let i = 0; i < FUZZ_RUNS; i++) {
      let text = SEEDS[Math.floor(random() * SEEDS.length)]
      const n = 1 + Math.floor(random() * 4)
      for (let k = 0; k < n; k++) text = mutate(text, random)
      if (agrees(text)) fast++
    }
    // The mutations must leave plenty of texts on the fast path, or this tests nothing.
    expect(fast).toBeGreaterThan(FUZZ_RUNS * 0.2)
  }, 120_000)

  it('random structured documents never make the fast path differ from the library, nor throw', () => {
    const generate = generator(seededRandom(Number(process.env.FAST_YAML_SEED ?? 7)))
    let fast = 0
    for (let i = 0; i < FUZZ_RUNS; i++) if (agrees(generate())) fast++
    expect(fast).toBeGreaterThan(FUZZ_RUNS * 0.4)
  }, 120_000)
})
