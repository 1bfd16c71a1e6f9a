import { run } from './main';

/** What one command line printed and returned. */
export type Captured = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Runs one command line in-process, capturing stdout and stderr (for tests and scripts). */
export function runCaptured(...argv: string[]): Captured {
  let stdout = '';
  let stderr = '';
  const code = run(
    argv,
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  return { code, stdout, stderr };
}
