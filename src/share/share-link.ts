// Share links: `#v<N>/<payload>`. New links always use the newest format; every older format
// keeps its decoder in the registry so links already pasted in tickets and chats still open.
import { decodeV1, encodeV1, type V1EncodeOptions } from './codec-v1'
import { decodeFailure, type DecodeResult, type WorkspaceState } from './workspace'

export type ShareEncodeOptions = V1EncodeOptions

/** A URL cannot be longer than this in Chromium; anything longer is not a link we made. */
export const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024

const DECODERS: ReadonlyMap<number, (payload: string) => DecodeResult> = new Map([[1, decodeV1]])
const NEWEST_VERSION = 1

/**
 * Returns `v1/...`, to be used as the URL fragment (after `#`). Throws a RangeError only for a
 * workspace over 5 MB of JSON, which no link could carry anyway.
 */
export function encodeShareFragment(state: WorkspaceState, options: ShareEncodeOptions): string {
  return encodeV1(state, options)
}

/** Accepts the fragment with or without its leading `#`. Never throws. */
export function decodeShareFragment(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (text.length === 0) return decodeFailure('The link has no shared workspace in it.')
  if (text.length > MAX_FRAGMENT_CHARS) return decodeFailure('The link is too long to be a Sigma Playground link.')
  const match = /^v(\d{1,6})\/([\s\S]*)$/.exec(text)
  if (!match) return decodeFailure('This is not a Sigma Playground share link (expected "#v1/...").')
  const version = Number(match[1])
  const decoder = DECODERS.get(version)
  if (!decoder) {
    return decodeFailure(
      version > NEWEST_VERSION
        ? `This link uses format v${version}, made by a newer Sigma Playground; reload the page to update.`
        : `Unknown share link format v${version}.`,
    )
  }
  try {
    return decoder(match[2])
  } catch (error) {
    // Decoders report errors as data; this is a last guard so a bad link can never break the page.
    return decodeFailure(`The link could not be opened (${error instanceof Error ? error.message : String(error)}).`)
  }
}
