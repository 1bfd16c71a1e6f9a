import type { FleetSizing } from '../../engine/fleet';
import type { Attachments } from '../kindModel';

/** What an AWS server system states about the charges around it (EC2 and Fargate share it). */
export type AwsServer = {
  readonly hoursPerMonth: number;
  readonly loadBalancer: 'none' | 'alb';
  readonly publicIpv4: number;
  readonly azs: number;
  readonly albPublicIpv4: number;
  readonly albRules: number;
  readonly natGateways: number;
  readonly natKbPerRequest: number;
};

/**
 * The attachments of an AWS server fleet: its members (for per-member public IPv4 and EBS, which
 * step with the fleet) and its load balancer, if any.
 */
export function awsServerAttachments(system: AwsServer, sizing: FleetSizing, ebsGb: number): Attachments {
  const h = system.hoursPerMonth;
  const fleet = { sizing, hoursPerMonth: h, publicIpv4: system.publicIpv4, ebsGb };
  const nat =
    system.natGateways > 0
      ? { nat: { gateways: system.natGateways, hoursPerMonth: h, kbPerRequest: system.natKbPerRequest } }
      : {};
  if (system.loadBalancer !== 'alb') return { cloud: 'aws', fleet, ...nat };
  const loadBalancer = {
    kind: 'alb',
    hoursPerMonth: h,
    azs: system.azs,
    publicIpv4PerAz: system.albPublicIpv4,
    rules: system.albRules,
    // EC2 instances and Fargate tasks (IP targets) meter processed bytes alike.
    targets: 'instance',
  } as const;
  return { cloud: 'aws', fleet, loadBalancer, ...nat };
}
