import { priceText } from '../../engine';
import { useFieldIssue } from '../../ui/AppContext';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { NumberField } from '../../ui/fields/NumberField';
import { type Patch, withPatch } from '../../ui/systems/patch';
import { useServicePrices } from '../../ui/systems/useServicePrices';
import { ALB_SERVICE } from '../aws-alb/kind';
import { EBS_SERVICE } from '../aws-ebs/kind';
import { NAT_GATEWAY_SERVICE } from '../aws-nat-gateway/kind';
import { PUBLIC_IPV4_SERVICE } from '../aws-public-ipv4/kind';
import { AWS_SERVER_DEFAULTS } from './scenario';

/** The fields of an AWS server (EC2, Fargate) that the charges around it read. */
type ChargeValues = {
  readonly loadBalancer?: 'none' | 'alb' | undefined;
  readonly publicIpv4?: number | undefined;
  readonly ebsGb?: number | undefined;
  readonly azs?: number | undefined;
  readonly albPublicIpv4?: number | undefined;
  readonly albRules?: number | undefined;
  readonly natGateways?: number | undefined;
  readonly natKbPerRequest?: number | undefined;
};

type Props<S extends ChargeValues> = {
  readonly system: S;
  readonly path: string;
  readonly onChange: (system: S) => void;
  /** "instance", "task". */
  readonly noun: string;
  /** EC2 instances boot from an EBS volume; Fargate's storage is in its price. */
  readonly ebs: boolean;
};

/**
 * Public IPv4 per member, the EC2 root volume and, with an ALB, its AZs, scheme and rules: each with
 * its price from the price book in use (a field left at its default stays absent from the scenario).
 */
export function AwsServerChargeFields<S extends ChargeValues>({ system, path, onChange, noun, ebs }: Props<S>) {
  const ipv4 = useServicePrices(PUBLIC_IPV4_SERVICE);
  const ebsPrices = useServicePrices(EBS_SERVICE);
  const alb = useServicePrices(ALB_SERVICE);
  const nat = useServicePrices(NAT_GATEWAY_SERVICE);
  const d = AWS_SERVER_DEFAULTS;
  const behindAlb = system.loadBalancer === 'alb';
  const ipv4Default = behindAlb ? d.publicIpv4BehindLoadBalancer : d.publicIpv4;
  const set = (patch: Patch<ChargeValues>) => onChange(withPatch(system, patch as Patch<S>));
  const rate = ipv4?.addressHourly ? `${priceText(ipv4.addressHourly)} since ${ipv4.meta.effectiveDate}` : null;
  const ipv4Hint = rate ?? 'Not billed at this pricing date: addresses in use were free before 2024-02-01.';
  const issues = {
    publicIpv4: useFieldIssue(`${path}.publicIpv4`),
    ebsGb: useFieldIssue(`${path}.ebsGb`),
    azs: useFieldIssue(`${path}.azs`),
    albRules: useFieldIssue(`${path}.albRules`),
    natGateways: useFieldIssue(`${path}.natGateways`),
    natKbPerRequest: useFieldIssue(`${path}.natKbPerRequest`),
  };
  return (
    <>
      <NumberField
        label={`Public IPv4 addresses per ${noun}`}
        unit="addresses"
        value={system.publicIpv4 ?? ipv4Default}
        onChange={(v) => set({ publicIpv4: v === ipv4Default ? undefined : v })}
        issue={issues.publicIpv4}
        hint={`${ipv4Hint}. Default ${d.publicIpv4}, or ${d.publicIpv4BehindLoadBalancer} behind a load balancer.`}
      />
      {ebs && (
        <NumberField
          label={`EBS root volume per ${noun}`}
          unit="GB"
          value={system.ebsGb ?? d.ebsGb}
          onChange={(v) => set({ ebsGb: v === d.ebsGb ? undefined : v })}
          issue={issues.ebsGb}
          hint={
            ebsPrices
              ? `${ebsPrices.volumeType} at ${priceText(ebsPrices.gbMonth)}, prorated by the hours it runs; 0 removes it.`
              : 'Prorated by the hours it runs; 0 removes it.'
          }
        />
      )}
      {behindAlb && (
        <>
          <NumberField
            label="Load balancer Availability Zones"
            unit="AZs"
            value={system.azs ?? d.azs}
            onChange={(v) => set({ azs: v === d.azs ? undefined : v })}
            issue={issues.azs}
            hint="An internet-facing ALB holds one public IPv4 address per AZ."
          />
          <CheckboxField
            label="Internet-facing load balancer"
            checked={(system.albPublicIpv4 ?? d.albPublicIpv4) > 0}
            onChange={(on) => set({ albPublicIpv4: on ? undefined : 0 })}
            hint={rate ? `One public IPv4 address per AZ at ${rate}; internal: none.` : ipv4Hint}
          />
          <NumberField
            label="Listener rules per request"
            unit="rules"
            value={system.albRules ?? d.albRules}
            onChange={(v) => set({ albRules: v === d.albRules ? undefined : v })}
            issue={issues.albRules}
            hint={
              alb
                ? `The first ${alb.freeRulesPerRequest} are free; beyond them ${alb.ruleEvaluationsPerSecondPerLcu} evaluations/s make one LCU.`
                : 'Rule evaluations beyond the free rules count towards LCUs.'
            }
          />
        </>
      )}
      <NumberField
        label="NAT gateways"
        unit="gateways"
        value={system.natGateways ?? d.natGateways}
        onChange={(v) => set({ natGateways: v === d.natGateways ? undefined : v })}
        issue={issues.natGateways}
        hint={`For ${noun}s in private subnets that call the internet: each gateway bills ${nat ? priceText(nat.hourly) : 'its hours'} all month and one public IPv4 address. Off by default.`}
      />
      {(system.natGateways ?? d.natGateways) > 0 && (
        <NumberField
          label="Through the NAT per request"
          unit="KB"
          value={system.natKbPerRequest ?? d.natKbPerRequest}
          onChange={(v) => set({ natKbPerRequest: v === d.natKbPerRequest ? undefined : v })}
          issue={issues.natKbPerRequest}
          hint={`What each request sends and receives through the gateway (outbound calls)${nat ? `, at ${priceText(nat.perGb)}` : ''}.`}
        />
      )}
    </>
  );
}
