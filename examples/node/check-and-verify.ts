/**
 * Checks a site's journal from Node, in English and Chinese: resolves the
 * policy, verifies the hash chain, prints where every handover stands, and
 * prints the findings of the handover, case and key register rules.
 *
 *     npx tsx --conditions=@duty-handover/source examples/node/check-and-verify.ts [journal.json]
 *
 * Without an argument it reads the sample month in `examples/journals/`.
 * Exit code: 0 when the journal is intact, 1 when it is broken (nothing else
 * is checked then: a broken record cannot be trusted), 2 when it cannot be read.
 */
import { readFile } from 'node:fs/promises';
import {
  checkCases,
  checkHandover,
  checkKeys,
  foldHandovers,
  formatFinding,
  importJournalJson,
  resolvePolicy,
  verifyJournal,
  type Finding,
  type HandoverPhase,
  type HandoverState,
} from '@duty-handover/core';

const path = process.argv[2] ?? new URL('../journals/harbour-view-2026-12.json', import.meta.url);

// The sample is written under the `reg7` preset; a site would resolve its own policy document here.
const policy = resolvePolicy('reg7');
console.log(`Policy 政策: ${policy.id} — ${policy.name.en} / ${policy.name['zh-Hant']} (${policy.timeZone})`);

let text: string;
try {
  text = await readFile(path, 'utf8');
} catch (error) {
  console.error(
    `Cannot read 無法讀取 ${String(path)}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(2);
}
const imported = importJournalJson(text);
if (!imported.ok) {
  for (const problem of imported.problems)
    console.error(`${problem.message.en} / ${problem.message['zh-Hant']}`);
  process.exit(2);
}
const { entries, exportedAt, site } = imported.document;

// 1. The chain: nothing changed, removed or reordered since it was written (REG7-8.5a).
const verified = await verifyJournal(entries);
if (!verified.intact) {
  console.log(`Journal 日誌: BROKEN 已損壞 at seq ${verified.seq} (${verified.reason})`);
  console.log(`  en: ${verified.detail.message.en}`);
  console.log(`  zh: ${verified.detail.message['zh-Hant']}`);
  process.exit(1);
}
console.log(
  `Journal 日誌: intact 完整 — ${entries.length} entries 筆記錄, head 最後雜湊值 ${verified.head?.hash.slice(0, 16) ?? '—'}…`,
);
console.log(`Site 地點: ${site?.name ?? site?.id ?? '—'}; exported 匯出 ${exportedAt}\n`);

// 2. Every handover, folded from the journal as the engine reads it.
const PHASES: Readonly<Record<HandoverPhase, string>> = {
  draft: 'draft 草稿',
  'outgoing-prepared': 'prepared 交班人已準備',
  'incoming-checking': 'checking 接班人核對中',
  'signed-by-both': 'signed by both 雙方已簽名',
  countersigned: 'countersigned 主管已簽核',
};

const time = (iso: string | undefined) => (iso === undefined ? '—' : iso.slice(11, 16));
const day = (iso: string | undefined) => (iso === undefined ? '—' : iso.slice(5, 10));

function describe(state: HandoverState): string {
  const arrival = state.arrival;
  const late = arrival?.late === true ? ` late 遲到 ${arrival.minutesLate} min` : '';
  const extras = [
    state.matters.length > 0 ? `${state.matters.length} matter(s) 交接事項` : '',
    state.discrepancies.map((line) => `${line.itemId} ${line.count?.status ?? ''} 公物異常`).join(', '),
    state.flags.length > 0 ? `${state.flags.length} emergency 緊急事件` : '',
    state.amendments.length > 0 ? `${state.amendments.length} correction 更正` : '',
  ].filter((part) => part !== '');
  return [
    state.opened?.outgoingShift.key.slice(0, 10) ?? '—',
    `${state.outgoing?.name ?? '—'} → ${state.incoming?.name ?? '—'}`,
    PHASES[state.phase],
    `arrived 到崗 ${time(arrival?.arrivedAt)}${late}`,
    `on duty 接班 ${time(state.onDuty?.since)}`,
    `countersigned 簽核 ${day(state.countersign?.at)} ${time(state.countersign?.at)}`,
    ...extras,
  ].join(' | ');
}

const handovers = foldHandovers(entries, policy);
console.log(`Handovers 交接班 (${handovers.length}):`);
for (const state of handovers) console.log(`  ${describe(state)}`);

// 3. Findings at the time of export: what the rules report, with the clauses they cite.
const now = exportedAt;
const findings: Finding[] = [
  ...checkHandover(entries, policy, { now }),
  ...checkCases(entries, policy, { now }),
  ...checkKeys(entries, policy, { now }),
];
console.log(`\nFindings 檢查結果 at 於 ${now}: ${findings.length}`);
for (const finding of findings) {
  console.log(
    `  [${finding.severity}] ${finding.rule} (${finding.clauses.join(', ')}) ${finding.subject.record ?? ''}`,
  );
  console.log(`    en: ${formatFinding(finding, 'en')}`);
  console.log(`    zh: ${formatFinding(finding, 'zh-Hant')}`);
}
