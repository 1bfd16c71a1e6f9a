import type { ScenarioPricer } from '../report';
import { runInSlices } from './runInSlices';

/** Longest run of pricing steps before the page gets the main thread back (an input, a paint). */
export const PRICING_SLICE_MS = 4;

/**
 * Prices `scenario` with the pricer's steps, a few milliseconds at a time, each slice its own task
 * (posted on a MessageChannel, as React's scheduler does), so an input that arrives meanwhile waits
 * for one slice at most, not for the whole pricing. `done` is called once the pricer has filed the
 * result (asking it for `scenario` then is free), or once a step has thrown (asking it then prices
 * again and meets the error where the caller handles it). Returns a cancel function: an edit that
 * replaces the scenario stops the old pricing at its next slice.
 */
export function priceBetweenFrames(
  price: ScenarioPricer,
  scenario: unknown,
  done: () => void,
  sliceMs: number = PRICING_SLICE_MS,
): () => void {
  const channel = new MessageChannel();
  const stop = () => {
    channel.port1.onmessage = null;
    channel.port1.close();
  };
  const cancel = runInSlices(
    price.steps(scenario),
    () => {
      stop();
      done();
    },
    {
      sliceMs,
      later: (next) => {
        channel.port1.onmessage = next;
        channel.port2.postMessage(null);
      },
      failed: () => {
        stop();
        done();
      },
    },
  );
  return () => {
    cancel();
    stop();
  };
}
