/** A scenario the prices cannot serve: names the scenario field at fault, for a readable message. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    /** Dotted path of the scenario field, e.g. `systems[2].instanceType`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
