/** The suites `npm run bench` (bench/compare.ts) runs, in order. Add a bench script here to have it compared. */
export type Suite = {
  readonly id: string;
  /** Path from the tree's root; run with tsx from that root, so `../src` is that tree's code. */
  readonly script: string;
  /** Arguments for one interleaved run (the comparison's rounds give the repetitions). */
  readonly args: readonly string[];
  /** Measures the built app (dist/), so each tree is built first. */
  readonly needsBuild: boolean;
};

export const SUITES: readonly Suite[] = [
  { id: 'engine', script: 'bench/engine.bench.ts', args: [], needsBuild: false },
  { id: 'rightsize', script: 'bench/rightsize.bench.ts', args: [], needsBuild: false },
  { id: 'first', script: 'bench/firstFigure.ts', args: ['3'], needsBuild: true },
  { id: 'ui', script: 'bench/ui.ts', args: ['1'], needsBuild: true },
  { id: 'editor', script: 'bench/editor.ts', args: ['1'], needsBuild: true },
];
