// DEFLATE (raw) decompression that stops as soon as the output passes a limit, so a tiny
// "zip bomb" link can never make the page allocate hundreds of megabytes.
import { Inflate } from 'fflate'

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string }

/** Compressed input is fed in small slices: one slice can expand to at most ~1032× its size. */
const INPUT_SLICE = 1024

export function inflateRawBounded(compressed: Uint8Array, maxBytes: number): InflateResult {
  if (compressed.length === 0) return { ok: false, error: 'There is no compressed data.' }
  const chunks: Uint8Array[] = []
  let total = 0
  let overLimit = false
  let finished = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > maxBytes) {
      overLimit = true
      return
    }
    chunks.push(chunk)
    if (final) finished = true
  })
  try {
    for (let offset = 0; offset < compressed.length && !overLimit; offset += INPUT_SLICE) {
      const end = Math.min(offset + INPUT_SLICE, compressed.length)
      inflater.push(compressed.subarray(offset, end), end === compressed.length)
    }
  } catch (error) {
    if (!overLimit) return { ok: false, error: `The compressed data is damaged (${messageOf(error)}).` }
  }
  if (overLimit) {
    return { ok: false, error: `The data expands to more than ${formatBytes(maxBytes)}; refusing to open it.` }
  }
  if (!finished) return { ok: false, error: 'The compressed data is incomplete (the link may have been cut off).' }
  return { ok: true, bytes: concatBytes(chunks, total) }
}

export function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}
