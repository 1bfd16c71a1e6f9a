import { type Decimal, ZERO, dec } from '../../engine/decimal';
import type { SqsComponent } from './kind';

/** The 64 KB rule, as the pricing files' `rules.chunkKb` say; `emits` has no price book to read it from. */
export const SQS_CHUNK_KB = 64;

/**
 * Billed requests per message: every started `chunkKb` of payload is one request, for the send and
 * for each receive/delete call, and the receive/delete calls are shared by a batch:
 * ceil(messageKb / 64) × (1 + (requestsPerMessage − 1) / batchSize). Defaults: 1 × (1 + 2/1) = 3.
 */
export function requestsPerMessage(c: SqsComponent, chunkKb: number): Decimal {
  const chunks = dec(c.messageKb).div(chunkKb).ceil();
  return chunks.times(dec(c.requestsPerMessage).minus(1).div(c.batchSize).plus(1));
}

/** Requests per entry request and how they were found: given outright, or messages × requests per message. */
export function sqsRequests(c: SqsComponent, chunkKb: number): { readonly perEntry: Decimal; readonly how: string } {
  if (c.perRequest.requests !== null) return { perEntry: dec(c.perRequest.requests), how: 'requests as given' };
  const per = requestsPerMessage(c, chunkKb);
  const chunks = dec(c.messageKb).div(chunkKb).ceil();
  const how =
    `${c.perRequest.messages ?? 0} messages × ${chunks} × (1 send + ${c.requestsPerMessage - 1} receive/delete ÷ batch ${c.batchSize})` +
    ` [${c.messageKb} KB messages, 1 request per ${chunkKb} KB]`;
  return { perEntry: per.times(c.perRequest.messages ?? 0), how };
}

/** Messages a consumer receives per entry request: given, or inferred from requests given outright. */
export function sqsMessages(c: SqsComponent, chunkKb = SQS_CHUNK_KB): number {
  if (c.perRequest.messages !== null) return c.perRequest.messages;
  const per = requestsPerMessage(c, chunkKb);
  return per.gt(ZERO)
    ? dec(c.perRequest.requests ?? 0)
        .div(per)
        .toNumber()
    : 0;
}
