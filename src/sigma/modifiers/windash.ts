import { SigmaError } from '../diagnostics'

// The `windash` modifier: Windows programs accept `-`, `/` and three Unicode dashes for options,
// so a `-` or `/` that starts a word stands for any of the five.

export const WINDASH_CHARACTERS = ['-', '/', '\u2013', '\u2014', '\u2015'] as const

const MAX_VARIANTS = 4096

/** Every spelling of `text` with each option dash replaced, the original spelling first. */
export function windashVariants(text: string): string[] {
  const positions: number[] = []
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === '-' || text[i] === '/') && (i === 0 || /\s/.test(text[i - 1]))) positions.push(i)
  }
  let variants = [text]
  for (const position of positions) {
    const next: string[] = []
    for (const variant of variants) {
      const ordered = [variant[position], ...WINDASH_CHARACTERS.filter((c) => c !== variant[position])]
      for (const dash of ordered) next.push(variant.slice(0, position) + dash + variant.slice(position + 1))
    }
    variants = next
    if (variants.length > MAX_VARIANTS) throw new SigmaError(`'${text}' has too many option dashes for the 'windash' modifier to expand.`, undefined, 'modifier-windash-too-many')
  }
  return variants
}
