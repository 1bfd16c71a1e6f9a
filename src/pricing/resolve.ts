import { type FileMeta, type PriceBook, datedRatesWarning, fileCovers } from '../engine';
import type { PricingFile } from './parseFile';

/** The files of every service, newest first: what as-of resolution searches. */
export type PricingCatalog = { readonly byService: ReadonlyMap<string, readonly PricingFile[]> };

/** Groups validated files by service, newest effective date first. */
export function catalogOf(files: readonly PricingFile[]): PricingCatalog {
  const byService = new Map<string, PricingFile[]>();
  for (const f of files) byService.set(f.service, [...(byService.get(f.service) ?? []), f]);
  for (const list of byService.values()) list.sort((a, b) => b.meta.effectiveDate.localeCompare(a.meta.effectiveDate));
  return { byService };
}

/** The newest effective date of any file: what "latest prices" means. */
export function latestDate(catalog: PricingCatalog): string {
  let latest = '';
  for (const list of catalog.byService.values())
    if (list[0] && list[0].meta.effectiveDate > latest) latest = list[0].meta.effectiveDate;
  return latest;
}

/** Every effective date in the catalog, newest first: the dates a user can pin. */
export function effectiveDates(catalog: PricingCatalog): string[] {
  const dates = new Set<string>();
  for (const list of catalog.byService.values()) for (const f of list) dates.add(f.meta.effectiveDate);
  return [...dates].sort().reverse();
}

/**
 * "As of" resolution: for each service, the newest file whose effective date is on or before
 * `pricingDate` (default: the latest). Where a date precedes every file of a service the earliest
 * file is used and a warning says so, rather than leaving the service unpriceable.
 */
export function resolvePriceBook(
  catalog: PricingCatalog,
  opts: { pricingDate: string | null; region: string },
): PriceBook {
  const date = opts.pricingDate ?? latestDate(catalog);
  const services: Record<string, unknown> = {};
  const files: FileMeta[] = [];
  const warningsByService: Record<string, string[]> = {};
  const unpricedWhy: Record<string, { name: string; why: string }> = {};
  for (const [service, list] of catalog.byService) {
    let chosen = list.find((f) => f.meta.effectiveDate <= date);
    if (!chosen) {
      chosen = list[list.length - 1]!;
      // A file recorded later whose prices a source shows unchanged since a date on or before this one,
      // or whose rates are dated one by one (each system's row says which rate is dated how far back).
      if (!fileCovers(chosen.meta, date)) {
        const rates = chosen.rateDates?.(opts.region);
        const warning = rates
          ? datedRatesWarning(service, chosen.meta, date, rates)
          : `${service}: no prices on or before ${date}; using the earliest file, ${chosen.meta.id}`;
        if (warning) warningsByService[service] = [warning];
      }
    }
    const prices = chosen.pricesFor(opts.region);
    if (!prices) {
      // Not a warning of the whole book: a system that needs this service says so on its own row.
      unpricedWhy[service] = {
        name: chosen.serviceName,
        why: `${chosen.meta.id} prices ${chosen.regions.join(', ')} only`,
      };
      delete warningsByService[service];
      continue;
    }
    services[service] = prices;
    files.push(chosen.meta);
  }
  files.sort((a, b) => a.id.localeCompare(b.id));
  const warnings = Object.values(warningsByService).flat();
  return { pricingDate: date, region: opts.region, services, files, warnings, warningsByService, unpricedWhy };
}

/** Every region any file of `service` prices, sorted: what a region picker offers. */
export function regionsOf(catalog: PricingCatalog, service: string): string[] {
  const regions = new Set<string>();
  for (const f of catalog.byService.get(service) ?? []) for (const r of f.regions) regions.add(r);
  return [...regions].sort();
}

/** An AWS region as the region picker offers it: which AWS services have sourced prices there. */
export type RegionCoverage = { readonly region: string; readonly services: readonly string[]; readonly of: number };

/**
 * Every AWS region any AWS service's newest file prices, each with the AWS services priced there
 * (the scenario's `region` is the AWS region; other clouds name their own). us-east-1 first.
 */
export function awsRegionCoverage(catalog: PricingCatalog): RegionCoverage[] {
  const aws = [...catalog.byService.entries()].filter(([service]) => service.startsWith('aws-'));
  // A service priced once for the world (Lambda@Edge, CloudFront Functions) is there in every region.
  const isGlobal = (list: (typeof aws)[number][1]) => (list[0]?.regions ?? []).includes('global');
  const global = aws.filter(([, list]) => isGlobal(list)).map(([service]) => service);
  const byRegion = new Map<string, string[]>();
  for (const [service, list] of aws) {
    if (isGlobal(list)) continue;
    for (const r of list[0]?.regions ?? []) byRegion.set(r, [...(byRegion.get(r) ?? []), service]);
  }
  return [...byRegion.entries()]
    .map(([region, services]) => ({ region, services: [...services, ...global].sort(), of: aws.length }))
    .sort((a, b) => (a.region === 'us-east-1' ? -1 : b.region === 'us-east-1' ? 1 : a.region.localeCompare(b.region)));
}
