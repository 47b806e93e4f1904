/** An in-memory `CliIo` and sample journals for the CLI's tests. */
import {
  createJournal,
  createMemoryAdapter,
  exportJournalJson,
  type SealedEntry,
  type UnsealedEntry,
} from '../index.js';
import type { CliIo, ExitCode } from './io.js';
import { run } from './run.js';

export interface FakeRun {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written, as text. */
  readonly written: ReadonlyMap<string, string>;
}

/** Runs the CLI in-process over in-memory files (text or bytes). */
export async function runCli(
  argv: readonly string[],
  files: Readonly<Record<string, string | Uint8Array>> = {},
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<FakeRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path, maxBytes) => {
      const file = files[path];
      if (path.endsWith('/')) return Promise.reject(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
      if (file === undefined) return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
      const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
      return Promise.resolve(bytes.length > maxBytes ? 'too-large' : bytes);
    },
    writeFile: (path, data) => {
      if (path.startsWith('/read-only/')) {
        return Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      }
      written.set(path, new TextDecoder('utf-8', { ignoreBOM: true }).decode(data));
      return Promise.resolve();
    },
    resolvePath: (path) => (path.startsWith('/') ? path : `/work/${path.replace(/^\.\//, '')}`),
    env,
    version: '9.9.9-test',
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}

export const EXPORTED_AT = '2026-12-31T23:59:00+08:00';

/** A small, varied journal: several types, Chinese text, a correction. */
export async function sampleEntries(count = 6): Promise<SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  const inputs: UnsealedEntry[] = Array.from({ length: count }, (_, i) => ({
    id: `e-${i}`,
    at: `2026-12-01T${String(8 + i).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00+08:00`,
    actor:
      i % 2 === 0 ? { staffId: `E10${i}`, name: '陳小明', role: 'duty-officer' } : { staffId: `E20${i}` },
    type: ['handover.arrived', 'case.opened', 'key-register.issued'][i % 3] ?? 'x.y',
    payload: {
      handoverId: `h-${i}`,
      caller: '黃先生, 3座',
      count: i,
      ok: i % 2 === 0,
      items: ['key-A1', 'radio-2'],
    },
  }));
  return journal.appendMany(inputs);
}

/** The text of an exported sample journal. */
export async function sampleJournalText(count = 6): Promise<string> {
  return exportJournalJson(await sampleEntries(count), {
    exportedAt: EXPORTED_AT,
    site: { id: 'harbour-view', name: '海景花園', timeZone: 'Asia/Hong_Kong' },
  });
}
