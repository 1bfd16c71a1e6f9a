import type { ServiceKey } from '../../engine';
import type { ComponentBase } from '../componentTypes';
import type { KinesisPrices, StreamMode } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. A Kinesis data stream. */
export const AWS_KINESIS = 'aws-kinesis';
export const KINESIS_SERVICE: ServiceKey<KinesisPrices> = AWS_KINESIS;

/** A data stream, resolved: its mode and capacity, and the records each entry request puts. */
export type KinesisComponent = ComponentBase & {
  readonly mode: StreamMode;
  readonly recordsPerRequest: number;
  readonly recordKb: number;
  /** Provisioned: shards billed all month. */
  readonly shards: number;
  /** On-demand: streams billed all month. */
  readonly streams: number;
  /** On-demand: consumers each reading every record (GB read = GB written × consumers). */
  readonly consumers: number;
  readonly hoursPerMonth: number;
};
