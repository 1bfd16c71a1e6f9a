import { type ParseFileResult, type PricingFile, parsePricingFile } from './parseFile';
import { type PricingCatalog, catalogOf } from './resolve';

/** Raw pricing JSON keyed by path, as a bundler glob or a directory walk yields it. */
export type RawPricingFiles = Readonly<Record<string, unknown>>;

export type LoadedPricing = {
  readonly catalog: PricingCatalog;
  readonly files: readonly PricingFile[];
  readonly errors: readonly string[];
};

/**
 * Validates every raw file; `path` may be `/pricing/aws/lambda/2022-08-01.json` or shorter. `read` is
 * the schema check ({@link parsePricingFile}), or for the files shipped in the build, checked before they
 * ship, {@link readTrustedPricingFile}.
 */
export function loadPricing(
  raw: RawPricingFiles,
  read: (id: string, json: unknown) => ParseFileResult = parsePricingFile,
): LoadedPricing {
  const files: PricingFile[] = [];
  const errors: string[] = [];
  for (const [path, json] of Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))) {
    const res = read(fileIdOf(path), json);
    if (res.ok) files.push(res.file);
    else errors.push(...res.errors);
  }
  return { catalog: catalogOf(files), files, errors };
}

/** `…/pricing/aws/lambda/2022-08-01.json` → `aws/lambda/2022-08-01`. */
export function fileIdOf(path: string): string {
  const normal = path.replace(/\\/g, '/');
  const at = normal.lastIndexOf('pricing/');
  return (at >= 0 ? normal.slice(at + 'pricing/'.length) : normal).replace(/\.json$/, '');
}
