// Byte encodings used by value modifiers (base64, base64offset, utf16*), without Node's Buffer so
// the core runs in browsers and workers too.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function base64Encode(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0
    const n = (a << 16) | (b << 8) | c
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? B64[n & 63] : '='
  }
  return out
}

/**
 * The three base64 forms a byte string takes inside a longer encoded text, one per alignment:
 * the characters that depend only on these bytes (as Sigma's base64offset defines it).
 */
export function base64OffsetVariants(bytes: Uint8Array): string[] {
  const startOffsets = [0, 2, 3]
  const endOffsets = [0, -3, -2] // 0 means "to the end"
  const variants: string[] = []
  for (let i = 0; i < 3; i++) {
    const padded = new Uint8Array(i + bytes.length)
    padded.fill(0x20, 0, i)
    padded.set(bytes, i)
    const encoded = base64Encode(padded)
    const end = endOffsets[(bytes.length + i) % 3]
    variants.push(encoded.slice(startOffsets[i], end === 0 ? undefined : encoded.length + end))
  }
  return variants
}

export function encodeUtf16(text: string, encoding: 'utf16le' | 'utf16be' | 'utf16'): Uint8Array {
  const bom = encoding === 'utf16' ? 2 : 0
  const out = new Uint8Array(bom + text.length * 2)
  if (bom) {
    out[0] = 0xff
    out[1] = 0xfe
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const hi = unit >> 8
    const lo = unit & 0xff
    if (encoding === 'utf16be') {
      out[bom + 2 * i] = hi
      out[bom + 2 * i + 1] = lo
    } else {
      out[bom + 2 * i] = lo
      out[bom + 2 * i + 1] = hi
    }
  }
  return out
}
