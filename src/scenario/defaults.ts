import { AWS_EC2 } from '../kinds/aws-ec2/kind';
import { AWS_FARGATE } from '../kinds/aws-fargate/kind';
import { AWS_LAMBDA } from '../kinds/aws-lambda/kind';
import type { Scenario } from './schema';

/**
 * The brief's worked example, the page's first load: 1 M requests/month of 200 ms at 512 MB on
 * x86_64, no free tier — Lambda $1.87 against a t3.small as AWS bills it, $19.47 with its public IPv4
 * and 8 GB gp3 root volume (the instance alone: $15.18), breakeven 10,432,481 requests/month (8,134,271
 * for the instance alone; the brief's "~45M" is wrong).
 */
export const DEFAULT_SCENARIO: Scenario = {
  schema: 3,
  name: 'The brief: 1 M requests/month, 200 ms, 512 MB',
  workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512, architecture: 'x86_64' },
  systems: [
    { id: 'lambda', name: 'Lambda', kind: AWS_LAMBDA },
    { id: 'lambda-http', name: 'Lambda + HTTP API', kind: AWS_LAMBDA, frontDoor: 'http-api' },
    { id: 't3-small', name: 't3.small', kind: AWS_EC2, instanceType: 't3.small', count: 1 },
    {
      id: 't3-small-alb',
      name: '2 × t3.small + ALB',
      kind: AWS_EC2,
      instanceType: 't3.small',
      count: 2,
      loadBalancer: 'alb',
    },
    { id: 'fargate', name: 'Fargate 0.5 vCPU / 1 GB', kind: AWS_FARGATE, vcpu: 0.5, memoryGb: 1, tasks: 1 },
  ],
};
