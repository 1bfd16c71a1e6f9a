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

/**
 * The host page's half of the height messages, as the one-line script "Copy embed code" appends to
 * the iframe: it sets the height of the iframe that sent a message (matched by `event.source`, so
 * other frames and other senders are ignored) to the embed's content height. Plain ES5 with no
 * globals, safe to paste more than once (each copy sets the same height). A host whose CSP forbids
 * inline scripts keeps the iframe's estimated height, or may load the same lines from its own file.
 */
export const HEIGHT_LISTENER_SCRIPT =
  '<script>addEventListener("message",function(e){var m=e.data,f,i;' +
  `if(!m||m.type!=="${HEIGHT_MESSAGE_TYPE}"||m.version!==${HEIGHT_MESSAGE_VERSION}||typeof m.height!=="number"||!(m.height>0&&1e5>m.height))return;` +
  'f=document.getElementsByTagName("iframe");for(i=0;f.length>i;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(m.height)+"px"})</script>';
