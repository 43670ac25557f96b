// Tiny seeded generators for property tests (no dependency, reproducible from the seed).
import type { OptionValue, Theme, WorkspaceState } from '../workspace'
import { seededRandom, type Random } from '../../test-support/seeded-random'

export { seededRandom, type Random }

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]
}

const PIECES = ['\r\n', '\n', '\r', '\t', ' ', '    ', '# comment', "'", '"', '\\', '<script>', '&amp;', '|', '`', '\u0000', '\u00a0', '\ufeff']

/** Text mixing YAML-ish ASCII, line endings, BMP and astral characters and lone surrogates. */
export function randomText(random: Random, maxLength: number): string {
  const length = randomInt(random, 0, maxLength)
  const parts: string[] = []
  let size = 0
  while (size < length) {
    const r = random()
    let part: string
    if (r < 0.5) part = String.fromCharCode(randomInt(random, 0x20, 0x7e))
    else if (r < 0.65) part = pick(random, PIECES)
    else if (r < 0.8) part = String.fromCharCode(randomInt(random, 0xa0, 0xd7ff))
    else if (r < 0.9) part = String.fromCodePoint(randomInt(random, 0x10000, 0x10ffff))
    else if (r < 0.95) part = String.fromCharCode(randomInt(random, 0xd800, 0xdfff)) // lone surrogate
    else part = String.fromCharCode(randomInt(random, 0xe000, 0xfffd))
    parts.push(part)
    size += part.length
  }
  return parts.join('')
}

const TABS = ['es-qs', 'xpack-watcher', 'graylog', 'splunk', 'logpoint', 'grep', 'matches', 'diagnostics']
const THEMES: (Theme | undefined)[] = ['light', 'dark', 'system', undefined]

export function randomName(random: Random): string {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  const rest = first + '_.:-'
  let name = pick(random, [...first])
  const extra = randomInt(random, 0, 20)
  for (let i = 0; i < extra; i++) name += pick(random, [...rest])
  return name
}

function randomOptionValue(random: Random): OptionValue {
  const r = random()
  if (r < 0.33) return random() < 0.5
  if (r < 0.66) return pick(random, [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER, randomInt(random, -1e6, 1e6)])
  return randomText(random, 60)
}

export function randomWorkspace(random: Random, opts: { longText?: boolean } = {}): WorkspaceState {
  const options: Record<string, OptionValue> = {}
  const count = randomInt(random, 0, 6)
  for (let i = 0; i < count; i++) options[randomName(random)] = randomOptionValue(random)
  const state: WorkspaceState = {
    rule: randomText(random, opts.longText ? 200_000 : 400),
    events: random() < 0.3 ? '' : randomText(random, opts.longText ? 100_000 : 300),
    activeTab: random() < 0.8 ? pick(random, TABS) : randomName(random),
    options,
  }
  const theme = pick(random, THEMES)
  if (theme !== undefined) state.theme = theme
  return state
}
