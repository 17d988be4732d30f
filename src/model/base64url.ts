/**
 * Base64url (RFC 4648 §5) without padding, and the browser's own deflate-raw
 * (CompressionStream), for the compact saved form in suspend-data.ts.
 * Decoding is strict: only the 64 letters, no padding or whitespace, and the
 * unused bits of the last letter must be zero, so every byte sequence has
 * exactly one spelling.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Map([...ALPHABET].map((letter, value) => [letter, value]));

export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const byte = (k: number): number => (i + k < bytes.length ? bytes[i + k] : 0);
    const chunk = (byte(0) << 16) | (byte(1) << 8) | byte(2);
    const letters = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < letters; k++) text += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return text;
}

/** The bytes, or null for anything that is not canonical unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const letter of text) {
    const value = VALUE_OF.get(letter);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return (buffer & ((1 << bits) - 1)) === 0 ? bytes : null;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError('Inflated data too large');
    }
    chunks.push(read.value);
  }
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
}

/** Rejects on damaged or truncated data, trailing bytes, or more than `limit` bytes of output. */
export function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  return pipe(bytes, new DecompressionStream('deflate-raw'), limit);
}
