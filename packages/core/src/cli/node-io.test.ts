import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIo, packageVersion } from './node-io.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duty-handover-io-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeIo().readFile', () => {
  const io = nodeIo();

  it('reads a whole file under the limit', async () => {
    await writeFile(join(dir, 'small.json'), '{"交接":1}');
    expect(new TextDecoder().decode((await io.readFile(join(dir, 'small.json'), 100)) as Uint8Array)).toBe(
      '{"交接":1}',
    );
    expect(await io.readFile(join(dir, 'small.json'), 12)).toHaveLength(12);
    expect(await io.readFile(join(dir, 'small.json'), 11)).toBe('too-large');
  });

  it('refuses a huge file without reading it', async () => {
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, 64 * 1024 * 1024 + 1);
    expect(await io.readFile(huge, 64 * 1024 * 1024)).toBe('too-large');
  });

  it('stops reading an endless device at the limit', async () => {
    expect(await io.readFile('/dev/zero', 3 * 1024 * 1024)).toBe('too-large');
  });

  it('fails with Node error codes for a missing file and a directory', async () => {
    await expect(io.readFile(join(dir, 'missing.json'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(io.readFile(dir, 10)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('packageVersion', () => {
  it("is @duty-handover/core's version, found from this module", () => {
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says unknown when there is no package.json of core above', () => {
    expect(packageVersion('file:///nowhere/at/all/cli.js')).toBe('unknown');
  });
});
