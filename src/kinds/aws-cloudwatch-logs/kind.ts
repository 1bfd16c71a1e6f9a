import type { ServiceKey } from '../../engine';
import type { ComponentBase } from '../componentTypes';
import type { CloudWatchLogsPrices, LogClass } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. CloudWatch Logs log groups. */
export const AWS_CLOUDWATCH_LOGS = 'aws-cloudwatch-logs';
export const CLOUDWATCH_LOGS_SERVICE: ServiceKey<CloudWatchLogsPrices> = AWS_CLOUDWATCH_LOGS;

/** Log groups, resolved: the KB of logs each entry request writes, their class and retention. */
export type CloudWatchLogsComponent = ComponentBase & {
  /** KB ingested per entry request (from `perRequest.ingestGb` × 1024², or `kbPerRequest`). */
  readonly kbPerRequest: number;
  readonly logClass: LogClass;
  /** Months each log event is kept; 0: none archived (deleted or exported right away). */
  readonly retentionMonths: number;
};
