import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsRegionCoverage } from '../pricing';
import { DEFAULT_SCENARIO } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { ISSUE_REGIONS } from '../testing/issueRegions';
import { runCaptured } from './captured';

const dir = mkdtempSync(join(tmpdir(), 'sb-region-'));
const defaultFile = join(dir, 'default.json');
writeFileSync(defaultFile, JSON.stringify(DEFAULT_SCENARIO));
const offered = awsRegionCoverage(testCatalog()).map((c) => c.region);

type EstimateJson = {
  pricing: { region: string };
  systems: { id: string; monthlyUsd: string }[];
  /** Absent when every system prices. */
  unpriced?: { id: string; message: string }[];
};

describe('estimate --region', () => {
  it.each(offered)('%s (offered by the region picker): the default scenario, each system priced or saying why', (r) => {
    const run = runCaptured('estimate', defaultFile, '--region', r, '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as EstimateJson;
    expect(out.pricing.region).toBe(r);
    const ids = [...out.systems.map((s) => s.id), ...(out.unpriced ?? []).map((u) => u.id)].sort();
    expect(ids).toEqual(DEFAULT_SCENARIO.systems.map((s) => s.id).sort());
    for (const s of out.systems) expect(Number(s.monthlyUsd)).toBeGreaterThan(0);
    for (const u of out.unpriced ?? []) expect(u.message).toMatch(new RegExp(`^no sourced price for .+ in ${r} `));
  });

  it.each(ISSUE_REGIONS)('%s: Lambda and Fargate price, and the table names the region', (r) => {
    const out = JSON.parse(
      runCaptured('estimate', defaultFile, '--region', r, '--format', 'json').stdout,
    ) as EstimateJson;
    expect(out.systems.map((s) => s.id)).toEqual(expect.arrayContaining(['lambda', 'fargate']));
    const table = runCaptured('estimate', defaultFile, '--region', r).stdout;
    expect(table.split('\n')[0]).toContain(`AWS region ${r},`);
  });

  it('overrides the region in the file, and is validated like it', () => {
    const inFile = join(dir, 'in-eu-west-2.json');
    writeFileSync(inFile, JSON.stringify({ ...DEFAULT_SCENARIO, region: 'eu-west-2' }));
    const out = JSON.parse(runCaptured('estimate', inFile, '--region', 'us-east-1', '--format', 'json').stdout);
    expect((out as EstimateJson).pricing.region).toBe('us-east-1');
    expect((out as EstimateJson).unpriced).toBeUndefined();
    const bad = runCaptured('estimate', defaultFile, '--region', 'mars');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: invalid option:\n--region mars: must be a region code like us-east-1\n');
  });

  it('a region where nothing is sourced is the scenario’s error, naming each system', () => {
    const r = runCaptured('estimate', defaultFile, '--region', 'eu-north-1');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/systems\[0\]\.kind: no sourced price for AWS Lambda in eu-north-1 /);
  });
});
