/**
 * SHA-256 through Web Crypto only: `crypto.subtle.digest` is the same code in
 * browsers and in Node ≥ 20, so core needs neither a Node built-in nor a
 * JavaScript hashing library. The digest provider is a parameter (defaulting
 * to `globalThis.crypto.subtle`) so that a caller can pass another
 * implementation — for example Node's `webcrypto.subtle` in an old runtime.
 */
import { canonicalEntry } from './canonical.js';
import type { EntryContent } from './entry.js';

/** The part of Web Crypto's `SubtleCrypto` the journal uses. A real `SubtleCrypto` fits. */
export interface DigestProvider {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

interface Utf8Encoder {
  encode(input: string): Uint8Array<ArrayBuffer>;
}

// Core compiles against the ES library only (no DOM types), so the two Web
// platform globals it relies on are described here, as optional.
interface WebPlatform {
  readonly crypto?: { readonly subtle?: DigestProvider };
  readonly TextEncoder?: new () => Utf8Encoder;
}

const platform = globalThis as unknown as WebPlatform;

/** `globalThis.crypto.subtle`. @throws {Error} when the runtime has no Web Crypto. */
export function webCryptoSubtle(): DigestProvider {
  const subtle = platform.crypto?.subtle;
  if (subtle === undefined) {
    throw new Error(
      'Web Crypto (globalThis.crypto.subtle) is not available: pass a SubtleCrypto explicitly.',
    );
  }
  return subtle;
}

let encoder: Utf8Encoder | undefined;

/** UTF-8 bytes of a string, through the platform's `TextEncoder`. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  if (encoder === undefined) {
    const Encoder = platform.TextEncoder;
    if (Encoder === undefined) throw new Error('TextEncoder is not available in this runtime.');
    encoder = new Encoder();
  }
  return encoder.encode(text);
}

/** `HEX[b]` is the two lowercase hex digits of byte `b`. */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Lowercase hex of some bytes, one table look-up per byte. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let hex = '';
  for (const byte of view) hex += HEX[byte] ?? '';
  return hex;
}

/** Lowercase hex SHA-256 of a string (as UTF-8) or of bytes. */
export async function sha256Hex(
  data: string | Uint8Array<ArrayBuffer>,
  subtle: DigestProvider = webCryptoSubtle(),
): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  return toHex(await subtle.digest('SHA-256', bytes));
}

/**
 * The hash an entry must carry: SHA-256 of the canonical form of every field
 * but `hash` (see {@link canonicalEntry}).
 * @throws {CanonicalError} when the entry holds something that is not JSON.
 */
export async function hashEntry(
  entry: EntryContent,
  subtle: DigestProvider = webCryptoSubtle(),
): Promise<string> {
  return toHex(await subtle.digest('SHA-256', utf8(canonicalEntry(entry))));
}
