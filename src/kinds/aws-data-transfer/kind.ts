import type { ServiceKey } from '../../engine';
import type { DataTransferPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. AWS data transfer out to the internet. */
export const AWS_DATA_TRANSFER = 'aws-data-transfer';
export const DATA_TRANSFER_SERVICE: ServiceKey<DataTransferPrices> = AWS_DATA_TRANSFER;
