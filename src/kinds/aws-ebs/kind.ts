import type { ServiceKey } from '../../engine';
import type { EbsPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. EBS volumes of EC2 instances. */
export const AWS_EBS = 'aws-ebs';
export const EBS_SERVICE: ServiceKey<EbsPrices> = AWS_EBS;
