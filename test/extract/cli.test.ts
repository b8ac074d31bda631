// npm run extract: JSON that matches the contract, and one clear line for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProposalsSchema } from '../../contract/index.ts';

const CLI = 'server/extract/extract-cli.ts';
const dir = mkdtempSync(path.join(tmpdir(), 'entente-extract-'));

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fileWith(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run extract', () => {
  it('when asked for --json, then it prints proposals that match the contract', () => {
    const file = fileWith('article.txt', 'Russian officials said Moscow would supply weapons to Pakistan’s army. India objected.');
    const result = run([file, '--json']);
    expect(result.status).toBe(0);
    const proposals = ProposalsSchema.parse(JSON.parse(result.stdout));
    expect(proposals.entities.map((entity) => entity.id)).toEqual(expect.arrayContaining(['russia', 'pakistan']));
    expect(proposals.claims).toContainEqual(expect.objectContaining({ subject: 'russia', type: 'SUPPLIES_ARMS_TO', object: 'pakistan' }));
  });

  it('when run without --json, then it prints a readable summary', () => {
    const file = fileWith('summary.txt', 'China and Russia held talks in Beijing.');
    const result = run([file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('china — MET_WITH — russia (neutral)');
  });

  it('when the file is empty, then it fails with one line naming the file', () => {
    const file = fileWith('empty.txt', '  \n');
    const result = run([file, '--json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(file);
  });

  it('when the file is missing, binary or not UTF-8, then it fails naming the file', () => {
    const files = [
      path.join(dir, 'missing.txt'),
      fileWith('binary.bin', Buffer.from([0x50, 0x00, 0x01])),
      fileWith('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
    ];
    for (const file of files) {
      const result = run([file]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(file);
    }
  });
});
