import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { AWS_EDGE_FUNCTIONS } from './kind';

/** Lambda@Edge / CloudFront Functions in the systems editor. */
export const edgeFunctionsUi: KindUi<typeof AWS_EDGE_FUNCTIONS> = {
  label: 'Lambda@Edge / CloudFront Functions',
  create: () => ({ id: 'lambda-edge', name: 'Lambda@Edge', kind: AWS_EDGE_FUNCTIONS }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.EdgeFunctionsEditor }))),
  summary: (s) =>
    s.runtime === 'cloudfront-functions' ? 'CloudFront Functions · per invocation' : 'Lambda@Edge · requests + GB-s',
};
