import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalEntry } from './canonical.js';
import type { EntryContent } from './entry.js';
import { hashEntry, sha256Hex, toHex, utf8, webCryptoSubtle, type DigestProvider } from './hash.js';

describe('sha256Hex (Web Crypto)', () => {
  it.each([
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes the FIPS 180-2 vector %j', async (input, expected) => {
    expect(await sha256Hex(input)).toBe(expected);
  });

  it('hashes a million "a" (FIPS 180-2 long vector)', async () => {
    expect(await sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('encodes text as UTF-8 before hashing', async () => {
    const text = '交接班記錄 — €😀';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect([...utf8('€')]).toEqual([0xe2, 0x82, 0xac]);
  });

  it('hashes bytes as given', async () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('takes the SubtleCrypto as a parameter (here Node’s webcrypto export)', async () => {
    const subtle: DigestProvider = webcrypto.subtle;
    expect(await sha256Hex('abc', subtle)).toBe(await sha256Hex('abc'));
    expect(webCryptoSubtle()).toBe(globalThis.crypto.subtle);
  });
});

describe('toHex', () => {
  it('writes every byte value as two lowercase digits', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(toHex(all)).toBe(Buffer.from(all).toString('hex'));
    expect(toHex(all.buffer)).toBe(Buffer.from(all).toString('hex'));
    expect(toHex(new Uint8Array(0))).toBe('');
  });
});

describe('hashEntry', () => {
  const content: EntryContent = {
    seq: 0,
    id: 'e-0',
    at: '2026-12-01T08:55:00+08:00',
    actor: { staffId: 'S-001' },
    type: 'case.opened',
    payload: { caseId: 'C-1' },
    prev: '0'.repeat(64),
  };

  it('is the SHA-256 of the canonical form of every field but the hash', async () => {
    expect(await hashEntry(content)).toBe(createHash('sha256').update(canonicalEntry(content)).digest('hex'));
    expect(await hashEntry(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the key order of the payload', async () => {
    const a = { ...content, payload: { x: 1, y: [1, 2] } };
    const b = { ...content, payload: { y: [1, 2], x: 1 } };
    expect(await hashEntry(a)).toBe(await hashEntry(b));
  });
});
