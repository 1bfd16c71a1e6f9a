import { type Decimal, dec } from './decimal';
import type { CostCurve } from './curve';
import { EngineError } from './errors';
import { evaluateLines, linesCurve } from './bill';
import type { LimitFinding } from './limits';
import type { LineItem } from './lines';
import { type PartEstimate, partEstimates } from './parts';
import type { ResolvedScenario } from './model';
import type { PriceBook } from './pricebook';
import type { SystemModel, SystemModeler } from './context';
import { sumUsd } from './sumUsd';

/** One system's monthly bill at one traffic level. */
export type SystemEstimate = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly requestsPerMonth: Decimal;
  readonly monthlyUsd: Decimal;
  readonly lines: readonly LineItem[];
  readonly notes: readonly string[];
  /** An architecture's components: each one's own lines and its share of pooled ones. */
  readonly parts?: readonly PartEstimate[];
  /** Platform limits the workload runs into; with an `unable` one the figure is what it would cost, never a choice. */
  readonly limits?: readonly LimitFinding[];
};

/** A problem that stops a scenario from being priced, naming the field at fault. */
export type PricingIssue = { readonly field: string; readonly message: string };

/**
 * A system the prices cannot serve (no sourced rate in its region, a billing model before it
 * existed): it is left out of the figures and its row says why, while the other systems price.
 */
export type UnpricedSystem = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  /** Where it stands in the scenario: `systems[1]`, `architectures[0]`. */
  readonly path: string;
  readonly field: string;
  readonly message: string;
};

/** Either every priceable system's model (and those the prices cannot serve), or the issues that prevent pricing. */
export type ModelResult =
  | { readonly ok: true; readonly models: readonly SystemModel[]; readonly unpriced: readonly UnpricedSystem[] }
  | { readonly ok: false; readonly issues: readonly PricingIssue[] };

/**
 * Maps every system of a scenario onto its bill lines under one price book. Problems only the
 * prices can reveal (memory above the limit of the date, an unknown instance type) come back as
 * issues naming the field, never as exceptions. A system with no sourced price (an `unpriced`
 * {@link EngineError}) is set aside with its reason while the others price; only when no system
 * prices do those reasons become the issues. `modelOf` is the kinds' registry (`src/kinds/models.ts`).
 */
export function buildModels(book: PriceBook, scenario: ResolvedScenario, modelOf: SystemModeler): ModelResult {
  const models: SystemModel[] = [];
  const issues: PricingIssue[] = [];
  const unpriced: UnpricedSystem[] = [];
  const alternatives = [
    ...scenario.systems.map((system, i) => ({ system, path: `systems[${i}]` })),
    ...(scenario.architectures ?? []).map((system, i) => ({ system, path: `architectures[${i}]` })),
  ];
  alternatives.forEach(({ system, path }) => {
    try {
      models.push(modelOf({ book, workload: scenario.workload, options: scenario.options, path }, system));
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      if (e.reason === 'unpriced') {
        const { id, kind } = system;
        unpriced.push({ id, kind, name: system.name ?? id, path, field: e.field, message: e.message });
        return;
      }
      if (!issues.some((x) => x.field === e.field && x.message === e.message))
        issues.push({ field: e.field, message: e.message });
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  if (models.length === 0 && unpriced.length > 0)
    return { ok: false, issues: unpriced.map(({ field, message }) => ({ field, message })) };
  return { ok: true, models, unpriced };
}

/** Evaluates one system's bill at `requestsPerMonth`. */
export function estimateSystem(model: SystemModel, requestsPerMonth: Decimal | number): SystemEstimate {
  const r = dec(requestsPerMonth);
  const lines = evaluateLines(model.lines, r);
  const estimate: SystemEstimate = {
    id: model.id,
    kind: model.kind,
    name: model.name,
    requestsPerMonth: r,
    monthlyUsd: sumUsd(lines.map((l) => l.usd)),
    lines,
    notes: model.notes,
    ...(model.limits && model.limits.length > 0 ? { limits: model.limits } : {}),
  };
  return model.parts ? { ...estimate, parts: partEstimates(model.parts, model.pooled ?? [], lines, r) } : estimate;
}

/** One system's monthly cost as an exact function of monthly requests. */
export function systemCurve(model: SystemModel): CostCurve {
  return linesCurve(model.lines);
}
