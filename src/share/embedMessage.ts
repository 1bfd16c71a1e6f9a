/** The `type` of the message an embed posts to its parent page with its content height. */
export const HEIGHT_MESSAGE_TYPE = 'serverless-breakeven:height';
/** Version of that message's shape; a parent should ignore versions it does not know. */
export const HEIGHT_MESSAGE_VERSION = 1;

/** `{ type: 'serverless-breakeven:height', version: 1, height }`: the embed's content height in CSS pixels. */
export type HeightMessage = {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly version: typeof HEIGHT_MESSAGE_VERSION;
  readonly height: number;
};

/** The message for a height (rounded up to a whole pixel). */
export function heightMessage(heightPx: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, version: HEIGHT_MESSAGE_VERSION, height: Math.ceil(heightPx) };
}

/**
 * For a parent page: whether `data` from a message event is a height message this version
 * understands (a finite, positive, sane height). Check `event.source` is your iframe as well.
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === HEIGHT_MESSAGE_TYPE &&
    m.version === HEIGHT_MESSAGE_VERSION &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height > 0 &&
    m.height < 100_000
  );
}
