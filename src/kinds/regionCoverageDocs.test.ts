import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awsRegionCoverage } from '../pricing';
import { testCatalog } from '../testing/catalog';

const START = '<!-- region-coverage:start (generated from pricing/; src/kinds/regionCoverageDocs.test.ts) -->';
const END = '<!-- region-coverage:end -->';

/** Names for services whose pricing format has none of its own. */
const NAMES: Readonly<Record<string, string>> = { 'aws-edge-functions': 'Lambda@Edge and CloudFront Functions' };

/** The README's table of AWS region coverage, as the newest pricing files have it (what the picker offers). */
function coverageTable(): string {
  const catalog = testCatalog();
  const name = (service: string) => {
    const own = catalog.byService.get(service)?.[0]?.serviceName;
    return own && own !== service ? own : (NAMES[service] ?? service);
  };
  const aws = [...catalog.byService.keys()].filter((s) => s.startsWith('aws-')).sort();
  const rows = awsRegionCoverage(catalog).map((c) => {
    const missing = aws.filter((s) => !c.services.includes(s));
    const priced = missing.length === 0 ? `all ${c.of} AWS services` : c.services.map(name).join(', ');
    return `| ${c.region} | ${c.services.length} of ${c.of} | ${priced} |`;
  });
  return ['| AWS region | Sourced | AWS services priced there (the newest file of each) |']
    .concat('|---|---|---|', rows)
    .join('\n');
}

describe('README: AWS region coverage', () => {
  it('the table is the one the pricing files give (regenerate it from this test’s message when it differs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README has the region-coverage markers').toBeGreaterThan(-1);
    expect(readme.slice(start + START.length, end).trim()).toBe(coverageTable());
  });
});
