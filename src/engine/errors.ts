/** A scenario the prices cannot serve: names the scenario field at fault, for a readable message. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    /** Dotted path of the scenario field, e.g. `systems[2].instanceType`. */
    readonly field: string,
    message: string,
    /**
     * `unpriced`: the prices have no sourced rate for what the system needs (a region without a file,
     * a billing model before it existed). That system alone goes unpriced and says why on its own
     * row; the others still price. `input`: the scenario itself is at fault, and nothing prices.
     */
    readonly reason: 'input' | 'unpriced' = 'input',
  ) {
    super(message);
  }
}

/**
 * Work the engine refuses to do for one system because it would take too long (expanding more
 * fleet steps than a bound allows); `analyze` reports it as an issue naming the system.
 */
export class EngineLimitError extends Error {
  override readonly name = 'EngineLimitError';
}
