/** Traffic at a horizontal position within the plot, on a log axis from 10^fromExp to 10^toExp. */
export function requestsAtFraction(fraction: number, fromExp: number, toExp: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  return 10 ** (fromExp + f * (toExp - fromExp));
}
