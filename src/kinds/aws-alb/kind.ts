import type { ServiceKey } from '../../engine';
import type { AlbPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. An Application Load Balancer in front of a fleet. */
export const AWS_ALB = 'aws-alb';
export const ALB_SERVICE: ServiceKey<AlbPrices> = AWS_ALB;
