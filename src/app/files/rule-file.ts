// Reading a rule file the user picked or dropped, and naming files the user downloads.
import { LIMITS } from '../../share'

export const RULE_FILE_ACCEPT = '.yml,.yaml,application/yaml,application/x-yaml,text/yaml,text/x-yaml'
const RULE_EXTENSION = /\.ya?ml$/i
const MAX_RULE_FILE_BYTES = LIMITS.ruleChars

export type ReadRuleFileResult = { ok: true; text: string } | { ok: false; error: string }

export function isRuleFileName(name: string): boolean {
  return RULE_EXTENSION.test(name)
}

/** The file's text, exactly (UTF-8; a byte order mark is dropped), or a message to show as is. */
export async function readRuleFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<ReadRuleFileResult> {
  const name = displayName(file.name)
  if (!isRuleFileName(file.name)) {
    return { ok: false, error: `${name} is not a Sigma rule file: only .yml and .yaml files can be opened.` }
  }
  if (file.size > MAX_RULE_FILE_BYTES) {
    return { ok: false, error: `${name} is ${formatSize(file.size)}; Sigma rules are much smaller (the limit is ${formatSize(MAX_RULE_FILE_BYTES)}).` }
  }
  let bytes: ArrayBuffer
  try {
    bytes = await file.arrayBuffer()
  } catch (error) {
    return { ok: false, error: `${name} could not be read (${error instanceof Error ? error.message : String(error)}).` }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, error: `${name} is not UTF-8 text; is it really a Sigma rule?` }
  }
}

/** A file name for the user to see: quoted, without control characters, not endless. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return `“${clean.length > 60 ? `${clean.slice(0, 59)}…` : clean || 'file'}”`
}

function formatSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`
}

/**
 * A safe file name stem from a rule title: Sigma's own convention (lower case, underscores), any
 * script's letters kept, nothing a file system or the download attribute would refuse.
 */
export function fileStemFromTitle(title: string | undefined, fallback = 'sigma_rule'): string {
  const stem = (title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80)
    .replace(/_+$/, '')
  return stem || fallback
}

/** File extension for a backend's output language. */
export function extensionForLanguage(language: string): string {
  switch (language) {
    case 'json':
      return 'json'
    case 'shell':
      return 'sh'
    default:
      return 'txt'
  }
}
