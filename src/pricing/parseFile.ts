import type { FileMeta, RateDate } from '../engine';
import { SERVICE_FORMATS } from '../kinds/pricingFiles';
import { fileMeta, type RawHeader, type ServiceFormat } from './common';

/** A validated pricing file: its identity and a reader for each region it covers. */
export type PricingFile = {
  readonly meta: FileMeta;
  /** The service id (its pricing files' `service`); the book stores `pricesFor(region)` under it. */
  readonly service: string;
  /** What a reader calls the service ("AWS Fargate"): its format's name, or its id. */
  readonly serviceName: string;
  readonly regions: readonly string[];
  readonly pricesFor: (region: string) => unknown;
  /** Each rate of a region and the date its own source dates it from, where the service dates rates one by one. */
  readonly rateDates?: (region: string) => readonly RateDate[];
};

export type ParseFileResult =
  { readonly ok: true; readonly file: PricingFile } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Validates one pricing file. `id` is its path under `pricing/` without `.json`
 * (`aws/lambda/2022-08-01`); the file's service and effective date must agree with it.
 */
export function parsePricingFile(id: string, raw: unknown): ParseFileResult {
  const service = (raw as { service?: unknown } | null)?.service;
  const format = typeof service === 'string' ? SERVICE_FORMATS.get(service) : undefined;
  if (typeof service !== 'string' || !format) {
    return { ok: false, errors: [`${id}: "service" must be one of ${[...SERVICE_FORMATS.keys()].join(', ')}`] };
  }
  const parsed = format.schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${id}: ${i.path.join('.') || '(file)'}: ${i.message}`),
    };
  }
  return readPricingFile(id, service, format, parsed.data, true);
}

/**
 * Reads a pricing file shipped with the app, without its schema: the bundled files are checked by
 * their schemas before they ship (`bundled.test.ts` parses every one and compares what this reads), so
 * the page's first figure does not parse 40 files at start-up. Never for a file from outside the build.
 */
export function readTrustedPricingFile(id: string, raw: unknown): ParseFileResult {
  const service = (raw as { service?: unknown } | null)?.service;
  const format = typeof service === 'string' ? SERVICE_FORMATS.get(service) : undefined;
  if (typeof service !== 'string' || !format) return { ok: false, errors: [`${id}: unknown "service"`] };
  return readPricingFile(id, service, format, raw, false);
}

/** A file's identity and its lazy per-region reader; `convertAll` converts every listed region now (checking sources). */
function readPricingFile(
  id: string,
  service: string,
  format: ServiceFormat,
  data: unknown,
  convertAll: boolean,
): ParseFileResult {
  const header = data as RawHeader & { regions: Record<string, unknown> };
  const expectedId = `${service.replace('-', '/')}/${header.effectiveDate}`;
  if (id !== expectedId)
    return {
      ok: false,
      errors: [`${id}: a ${service} file effective ${header.effectiveDate} must live at pricing/${expectedId}.json`],
    };
  let meta: FileMeta;
  try {
    meta = fileMeta(id, header);
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  // Rates become Decimals once per region asked for (a service may answer for regions it does not list,
  // e.g. global prices), not on each of the price-book resolutions every scenario change makes.
  const byRegion = new Map<string, unknown>();
  const pricesFor = (region: string) => {
    if (!byRegion.has(region)) byRegion.set(region, format.prices(meta, data, region));
    return byRegion.get(region);
  };
  try {
    // Converting every listed region now also checks that every price cites a known source.
    if (convertAll) for (const region of Object.keys(header.regions)) pricesFor(region);
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  return {
    ok: true,
    file: {
      meta,
      service,
      serviceName: format.name ?? service,
      regions: Object.keys(header.regions),
      pricesFor,
      ...(format.rateDates ? { rateDates: (region: string) => format.rateDates!(data, region) } : {}),
    },
  };
}
