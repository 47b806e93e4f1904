import {
  canonicalEntry,
  createJournal,
  createMemoryAdapter,
  utf8,
  verifyJournal,
  type SealedEntry,
  type UnsealedEntry,
} from '@duty-handover/core';
import { time, type Figure } from './harness.js';

/** A realistic duty-log entry: a carried-over matter with Chinese text. */
function logEntry(i: number): UnsealedEntry {
  const minute = String(i % 60).padStart(2, '0');
  const hour = String(8 + (Math.floor(i / 60) % 12)).padStart(2, '0');
  return {
    id: `e-${i}`,
    at: `2026-12-01T${hour}:${minute}:00+08:00`,
    actor: { staffId: `S${1000 + (i % 40)}`, role: 'duty-officer' },
    type: 'duty.log',
    payload: {
      matter: `第 ${i} 宗:住戶報修走廊燈不亮,已通知工程部跟進`,
      status: i % 3 === 0 ? 'resolved' : 'open',
    },
  };
}

// Times in the entries only need to be non-decreasing; the generator repeats the day, so sort them.
const unsealed = (count: number) =>
  Array.from({ length: count }, (_, i) => logEntry(i)).sort((a, b) => a.at.localeCompare(b.at));

async function sealed(count: number): Promise<readonly SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  await journal.appendMany(unsealed(count));
  return journal.entries();
}

const tenThousand = unsealed(10_000);
const hundredThousand = await sealed(100_000);
const subtle = globalThis.crypto.subtle;

export const figures: readonly Figure[] = [
  {
    name: 'journal.append.10k.ms',
    unit: 'ms',
    measure: async () => {
      const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
      return time(async () => {
        for (const entry of tenThousand) await journal.append(entry);
      });
    },
  },
  {
    name: 'journal.verify.100k.ratioToHash',
    unit: 'ratio',
    target: '≤ 2',
    measure: async () => {
      // The floor: hashing the same canonical bytes one after another, nothing else.
      const bytes = hundredThousand.map((entry) => utf8(canonicalEntry(entry)));
      const hashOnly = await time(async () => {
        for (const data of bytes) await subtle.digest('SHA-256', data);
      });
      const verify = await time(async () => {
        const result = await verifyJournal(hundredThousand);
        if (!result.intact) throw new Error('the generated journal must verify');
      });
      return verify / hashOnly;
    },
  },
];
