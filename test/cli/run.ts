import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root (tests spawn the CLI from here). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI from source (`node --import tsx src/cli/main.ts …`, since dist may be stale) and collects
 * its output. `stdin` is written and closed; without it stdin is closed at once.
 *
 * @example
 * const r = await runCli(['analyze', 'missing.txt']); r.code // 1
 */
export function runCli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DOSSIER_DEBUG: '', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
