import { lazy } from 'react';
import { type KindUi, fleetText } from '../../ui/systems/kindUi';
import { AWS_FARGATE } from './kind';

/** Fargate in the systems editor. */
export const fargateUi: KindUi<typeof AWS_FARGATE> = {
  label: 'AWS Fargate',
  create: () => ({
    id: 'fargate',
    name: 'Fargate 0.5 vCPU / 1 GB',
    kind: AWS_FARGATE,
    vcpu: 0.5,
    memoryGb: 1,
  }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.FargateEditor }))),
  summary: (s) =>
    [
      `${s.vcpu} vCPU / ${s.memoryGb} GB`,
      s.os === 'windows' ? 'Windows' : null,
      s.ephemeralStorageGb !== undefined && s.ephemeralStorageGb > 20 ? `${s.ephemeralStorageGb} GB storage` : null,
      fleetText(s.tasks, s.rpsPerTask, s.minTasks, 'task'),
      s.loadBalancer === 'alb' ? 'ALB' : null,
    ]
      .filter(Boolean)
      .join(' · '),
};
