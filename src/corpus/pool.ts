import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeInput } from '../analyze.js';
import { InputError, type InputErrorCode } from '../ingest/errors.js';
import type { AnalyzeReply, AnalyzeTask } from './protocol.js';

export type AnalyzeResult = Extract<AnalyzeReply, { ok: true }>;

export interface PoolOptions {
  /** Worker threads; default os.availableParallelism(). */
  size?: number;
  /** Tasks queued on each worker at once, so a worker never waits for the writer thread. */
  perWorker?: number;
}

interface Slot {
  worker: Worker;
  busy: Map<number, { resolve: (r: AnalyzeResult) => void; reject: (e: Error) => void }>;
}

/**
 * How to start the worker module, which sits next to this one: as .js when running from dist; as .ts
 * under tsx, where a small bootstrap registers tsx's loader inside the worker first (loader hooks
 * given by `--import tsx` do not reach worker threads on Node 20).
 */
export function workerEntry(moduleUrl = import.meta.url): { file: URL | string; eval: boolean } {
  const isTs = fileURLToPath(moduleUrl).endsWith('.ts');
  const file = new URL(`./worker.${isTs ? 'ts' : 'js'}`, moduleUrl);
  if (!isTs) return { file, eval: false };
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); })`
    + `.catch((e) => { setImmediate(() => { throw e; }); });`;
  return { file: code, eval: true };
}

/**
 * A pool of analysis workers. `analyze` resolves with the analysis or rejects with the article's error;
 * a worker that dies fails only its own tasks and is replaced.
 *
 * @example
 * const pool = new AnalysisPool({ size: 2 });
 * const { analysis } = await pool.analyze({ id: 'a', text: 'KYIV — …', publishedAt: '2025-03-16' });
 * await pool.close();
 */
export class AnalysisPool {
  readonly size: number;
  private readonly perWorker: number;
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;
  private waiters: Array<() => void> = [];

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    this.perWorker = Math.max(1, opts.perWorker ?? 2);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.file, { eval: entry.eval });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (msg: AnalyzeReply | { ready: true }) => {
      if ('ready' in msg) return;
      const task = slot.busy.get(msg.seq);
      if (!task) return;
      slot.busy.delete(msg.seq);
      if (msg.ok) task.resolve(msg);
      else task.reject(msg.error.code ? new InputError(msg.error.code as InputErrorCode, msg.error.message) : Object.assign(new Error(msg.error.message), { name: msg.error.name }));
      this.wake();
    });
    const fail = (err: Error) => {
      for (const t of slot.busy.values()) t.reject(err);
      slot.busy.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      this.wake();
    };
    worker.on('error', (err) => fail(new Error(`analysis worker failed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) fail(new Error(`analysis worker exited with code ${code}`));
    });
    return slot;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Tasks in flight across all workers. */
  get pending(): number {
    return this.slots.reduce((n, s) => n + s.busy.size, 0);
  }

  /** Resolves once a worker can take another task (backpressure for the reader). */
  async ready(): Promise<void> {
    while (!this.slots.some((s) => s.busy.size < this.perWorker)) await new Promise<void>((r) => this.waiters.push(r));
  }

  /** Resolves once no task is in flight. */
  async drain(): Promise<void> {
    while (this.pending > 0) await new Promise<void>((r) => this.waiters.push(r));
  }

  analyze(input: AnalyzeInput & { id: string }): Promise<AnalyzeResult> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const seq = ++this.seq;
    return new Promise<AnalyzeResult>((resolve, reject) => {
      slot.busy.set(seq, { resolve, reject });
      const task: AnalyzeTask = { seq, input };
      slot.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.wake();
  }
}
