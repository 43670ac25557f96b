// Downloads a rule for `?url=`: bounded in size (the body is read as a stream and cut off), and
// every failure is a message the UI can show as is.

import { concatBytes } from './bounded-inflate'

export type FetchRuleResult = { ok: true; text: string } | { ok: false; error: string }

/** The part of `fetch` we use, so tests and the app can pass their own. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

export interface FetchRuleOptions {
  /** Largest rule accepted, in bytes. */
  maxBytes: number
  signal?: AbortSignal
}

export const DEFAULT_MAX_RULE_BYTES = 1_000_000

export async function fetchRuleFromUrl(
  url: string,
  fetchFn: FetchLike,
  { maxBytes, signal }: FetchRuleOptions = { maxBytes: DEFAULT_MAX_RULE_BYTES },
): Promise<FetchRuleResult> {
  const host = hostOf(url)
  if (signal?.aborted) return { ok: false, error: 'The download was cancelled.' }
  const controller = new AbortController()
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort)
  try {
    let response: Response
    try {
      response = await fetchFn(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' })
    } catch (error) {
      if (signal?.aborted) return { ok: false, error: 'The download was cancelled.' }
      return {
        ok: false,
        error:
          `Could not download the rule from ${host}: the network failed or the server does not allow ` +
          `cross-origin requests (${messageOf(error)}).`,
      }
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      const hint = response.status === 404 ? ' Check the address; private repositories cannot be opened.' : ''
      return { ok: false, error: `Could not download the rule from ${host}: the server answered ${status}.${hint}` }
    }
    const declared = Number(response.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort()
      return { ok: false, error: tooBig(host, maxBytes) }
    }
    const body = await readBounded(response, maxBytes, controller)
    if (body === 'too-big') return { ok: false, error: tooBig(host, maxBytes) }
    if (body instanceof Error) return { ok: false, error: `The download from ${host} failed: ${body.message}.` }
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) }
    } catch {
      return { ok: false, error: `The file at ${host} is not UTF-8 text; is it really a Sigma rule?` }
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}

async function readBounded(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array | 'too-big' | Error> {
  try {
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer())
      return bytes.length > maxBytes ? 'too-big' : bytes
    }
    const reader = response.body.getReader()
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > maxBytes) {
        // Stop the transfer instead of downloading the rest only to throw it away.
        await reader.cancel().catch(() => undefined)
        controller.abort()
        return 'too-big'
      }
      chunks.push(value)
    }
    return concatBytes(chunks, total)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

function tooBig(host: string, maxBytes: number): string {
  return `The file at ${host} is larger than ${Math.round(maxBytes / 1000).toLocaleString('en-US')} KB; Sigma rules are much smaller.`
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
