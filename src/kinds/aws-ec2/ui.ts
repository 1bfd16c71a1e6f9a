import { lazy } from 'react';
import { type KindUi, fleetText } from '../../ui/systems/kindUi';
import { AWS_EC2 } from './kind';

/** EC2 in the systems editor. */
export const ec2Ui: KindUi<typeof AWS_EC2> = {
  label: 'Amazon EC2',
  create: () => ({ id: 'ec2', name: 'EC2 t3.small', kind: AWS_EC2, instanceType: 't3.small' }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.Ec2Editor }))),
  summary: (s) =>
    [
      s.instanceType,
      fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance'),
      s.loadBalancer === 'alb' ? 'ALB' : null,
    ]
      .filter(Boolean)
      .join(' · '),
};
