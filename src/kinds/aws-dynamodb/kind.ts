import type { ServiceKey } from '../../engine';
import type { DynamoDbPrices } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. An on-demand table, Standard class. */
export const AWS_DYNAMODB = 'aws-dynamodb';
export const DYNAMODB_SERVICE: ServiceKey<DynamoDbPrices> = AWS_DYNAMODB;

/** Read consistency: an eventually consistent read costs half a read unit. */
export const CONSISTENCIES = ['eventual', 'strong'] as const;
export type Consistency = (typeof CONSISTENCIES)[number];

/**
 * A DynamoDB table as the model sees it. Volumes per entry request are items (`writes`, `reads`,
 * converted to units by item size and consistency) or units given outright (`writeUnits`,
 * `readUnits`, which win); null where absent.
 */
export type DynamoDbComponent = {
  // ComponentBase's fields, spelled out: componentKind.ts is scenario code, which a model file may not import.
  readonly id: string;
  readonly name: string;
  readonly triggeredBy: string | null;
  readonly kind: typeof AWS_DYNAMODB;
  readonly perRequest: {
    readonly writes: number | null;
    readonly reads: number | null;
    readonly writeUnits: number | null;
    readonly readUnits: number | null;
    /** GetRecords calls on the stream by consumers other than Lambda triggers (Lambda's are free). */
    readonly streamReads: number;
  };
  readonly itemKb: number;
  readonly consistency: Consistency;
  readonly storageGb: number;
  readonly streams: boolean;
};
