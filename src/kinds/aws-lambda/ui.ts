import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { AWS_LAMBDA } from './kind';

const FRONT_DOOR = { none: 'no API Gateway', 'http-api': 'HTTP API', 'rest-api': 'REST API' } as const;

/** Lambda in the systems editor. */
export const lambdaUi: KindUi<typeof AWS_LAMBDA> = {
  label: 'AWS Lambda',
  create: () => ({ id: 'lambda', name: 'Lambda', kind: AWS_LAMBDA }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.LambdaEditor }))),
  summary: (s) =>
    [
      s.architecture ?? 'workload architecture',
      s.workload?.memoryMb !== undefined ? `${s.workload.memoryMb} MB` : null,
      FRONT_DOOR[s.frontDoor ?? 'none'],
      s.provisionedConcurrency ? `${s.provisionedConcurrency.concurrency} provisioned` : null,
    ]
      .filter(Boolean)
      .join(' · '),
};
