// Sorts a rule's tags into ATT&CK tactics, ATT&CK techniques and everything else, with links.
import { ATTACK_TACTICS, ATTACK_TECHNIQUES } from './attack-names'

export interface AttackLink {
  /** `TA0002: Execution`, `T1035: Service Execution`, or just the id when the name is unknown. */
  label: string
  url: string
}

export interface ClassifiedTags {
  tactics: AttackLink[]
  techniques: AttackLink[]
  other: string[]
}

const TECHNIQUE_TAG = /^attack\.t(\d{4})(?:\.(\d{3}))?$/i

export function classifyTags(tags: readonly string[]): ClassifiedTags {
  const result: ClassifiedTags = { tactics: [], techniques: [], other: [] }
  const seen = new Set<string>()
  for (const tag of tags) {
    // Duplicates add nothing to a page (the seed page lists one tag twice; we do not).
    if (seen.has(tag)) continue
    seen.add(tag)
    const tactic = tag.startsWith('attack.') ? ATTACK_TACTICS.get(tag.slice(7).toLowerCase().replace(/-/g, '_')) : undefined
    if (tactic) {
      const [id, name] = tactic
      result.tactics.push({ label: `${id}: ${name}`, url: `https://attack.mitre.org/tactics/${id}` })
      continue
    }
    const technique = TECHNIQUE_TAG.exec(tag)
    if (technique) {
      const id = technique[2] ? `T${technique[1]}.${technique[2]}` : `T${technique[1]}`
      const name = ATTACK_TECHNIQUES.get(id)
      const path = technique[2] ? `T${technique[1]}/${technique[2]}` : id
      result.techniques.push({ label: name ? `${id}: ${name}` : id, url: `https://attack.mitre.org/techniques/${path}` })
      continue
    }
    result.other.push(tag)
  }
  return result
}
