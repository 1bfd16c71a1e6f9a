import type { ServiceKey } from '../../engine';
import type { PublicIpv4Prices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. Public IPv4 addresses on AWS. */
export const AWS_PUBLIC_IPV4 = 'aws-public-ipv4';
export const PUBLIC_IPV4_SERVICE: ServiceKey<PublicIpv4Prices> = AWS_PUBLIC_IPV4;
