/** The real process behind `CliIo`: files, standard streams, environment. */
import { existsSync, readFileSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.js';
import { forTerminal } from './messages.js';

const CHUNK = 1024 * 1024;

/** Reads at most `maxBytes` (+1 to tell that there is more) from a file or from standard input. */
async function readLimited(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (path === '-') {
    for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        process.stdin.destroy();
        return 'too-large';
      }
      chunks.push(chunk);
    }
    return concat(chunks, total);
  }
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    if (stats.isFile() && stats.size > maxBytes) return 'too-large';
    // Special files (a pipe, /dev/zero) report no size: read, but never past the limit.
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return 'too-large';
    }
  } finally {
    await handle.close();
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The version of `@duty-handover/core`: its package.json is found by going
 * up from this module, wherever it runs from (src/cli, build/cli or dist).
 */
export function packageVersion(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === '@duty-handover/core' && typeof pkg.version === 'string') return pkg.version;
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

/**
 * The process's streams. On a terminal, control characters that a file put
 * into the output (an escape sequence in a cell, a stray CR) are shown as
 * escapes instead of being run by the terminal; a pipe or a file gets the
 * text exactly.
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(process.stdout.isTTY ? forTerminal(text) : text),
    stderr: (text) => process.stderr.write(process.stderr.isTTY ? forTerminal(text) : text),
    readFile: readLimited,
    writeFile: (path, data) => writeFile(path, data),
    resolvePath: (path) => resolve(path),
    env: process.env,
    version: packageVersion(),
  };
}
