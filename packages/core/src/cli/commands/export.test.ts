import { describe, expect, it } from 'vitest';
import { exportJournalJson } from '../../index.js';
import { EXPORTED_AT, runCli, sampleEntries, sampleJournalText } from '../cli-test-helpers.js';

describe('export --csv', () => {
  it("writes the CSV to standard output, with a BOM, in the site's time zone", async () => {
    const result = await runCli(['export', 'journal.json', '--csv'], {
      'journal.json': await sampleJournalText(2),
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(
      result.stdout.startsWith('\uFEFFSeq,Id,Time (Asia/Hong_Kong),Recorded by,Type,Content,Hash\r\n'),
    ).toBe(true);
    expect(result.stdout).toContain(
      '\r\n0,e-0,2026-12-01 08:00:00,E100 陳小明 (duty-officer),handover.arrived,"handoverId: h-0;',
    );
  });

  it('writes to --out, in the chosen language and time zone, and says so', async () => {
    const result = await runCli(
      ['export', 'journal.json', '--csv', '--out', 'journal.csv', '--time-zone', 'UTC', '--lang', 'zh-Hant'],
      { 'journal.json': await sampleJournalText(3) },
    );
    expect(result).toMatchObject({ code: 0, stdout: '已將 3 筆記錄寫入 journal.csv。\n', stderr: '' });
    const csv = result.written.get('journal.csv') ?? '';
    expect(csv.startsWith('\uFEFF序號,識別碼,時間(UTC),記錄人,類型,內容,雜湊值\r\n')).toBe(true);
    expect(csv).toContain('\r\n0,e-0,2026-12-01 00:00:00,');
  });

  it('shows times as recorded when the file names no time zone and none is given', async () => {
    const text = exportJournalJson(await sampleEntries(1), { exportedAt: EXPORTED_AT });
    const result = await runCli(['export', 'j.json', '--csv'], { 'j.json': text });
    expect(result.stdout).toContain(',Time,');
    expect(result.stdout).toContain(',2026-12-01T08:00:00+08:00,');
  });

  it('neutralises formulas that a person typed into the journal', async () => {
    const { createJournal, createMemoryAdapter } = await import('../../index.js');
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const entries = await journal.appendMany(
      ["=cmd|' /C calc'!A0", '@SUM(1+1)', '+1', '-2+3'].map((text, i) => ({
        id: `e-${i}`,
        at: EXPORTED_AT,
        actor: { staffId: text },
        type: 'case.opened',
        payload: text,
      })),
    );
    const result = await runCli(['export', 'j.json', '--csv'], {
      'j.json': exportJournalJson(entries, { exportedAt: EXPORTED_AT }),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`,'=cmd|' /C calc'!A0,case.opened,'=cmd|' /C calc'!A0,`);
    expect(result.stdout).toContain(`,'@SUM(1+1),case.opened,'@SUM(1+1),`);
    expect(result.stdout).toContain(`,'+1,case.opened,'+1,`);
    expect(result.stdout).toContain(`,'-2+3,case.opened,'-2+3,`);
  });

  it('still writes a broken journal, warns with the seq and exits 1', async () => {
    const data = JSON.parse(await sampleJournalText(4)) as { entries: Record<string, unknown>[] };
    data.entries[2]!['id'] = 'e-changed';
    const result = await runCli(['export', 'journal.json', '--csv'], {
      'journal.json': JSON.stringify(data),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('e-changed');
    expect(result.stderr).toBe(
      'journal.json: Warning: the journal is BROKEN at seq 2 (an entry was changed after it was recorded); the CSV shows the entries as they are. Run "duty-handover verify" for details.\n',
    );
  });

  it.each([
    [
      ['export', 'journal.json', '--csv', '--time-zone', 'Mars/Olympus'],
      'duty-handover: unknown time zone "Mars/Olympus"',
    ],
    [
      ['export', 'journal.json', '--csv', '--out', 'journal.json'],
      'journal.json: the output would overwrite the input file',
    ],
    [
      ['export', './journal.json', '--csv', '--out', '/work/journal.json'],
      '/work/journal.json: the output would overwrite',
    ],
    [
      ['export', 'journal.json', '--csv', '--out', '/read-only/x.csv'],
      '/read-only/x.csv: cannot be written (EACCES)',
    ],
    [['export', 'missing.json', '--csv'], 'missing.json: no such file'],
    [['export', 'bad.json', '--csv'], 'bad.json: entries[0].at: Times are ISO 8601'],
  ])('writes nothing and exits 2: %j', async (argv, message) => {
    const good = await sampleJournalText(1);
    const bad = good.replace('"at":"2026-12-01T08:00:00+08:00"', '"at":"soon"');
    const result = await runCli(argv, { 'journal.json': good, './journal.json': good, 'bad.json': bad });
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.written.size).toBe(0);
  });
});
