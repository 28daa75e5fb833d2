import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../analyze.js';
import { InputError } from '../ingest/errors.js';
import { createDefaultPipeline } from '../pipeline/default.js';
import { minhash } from '../store/fingerprint.js';
import { packAnalysis } from '../store/pack.js';
import type { AnalyzeReply, AnalyzeTask } from './protocol.js';

/**
 * Analysis worker: builds the default pipeline once (models and lexicons load here, not per article),
 * then analyses tasks and returns the analysis with its MinHash signature and packed form, so the
 * writer thread only writes.
 */
if (!parentPort) throw new Error('worker.ts runs as a worker thread');
const port = parentPort;
const pipeline = createDefaultPipeline();

port.on('message', (task: AnalyzeTask) => {
  let reply: AnalyzeReply;
  try {
    const analysis = analyzeText(task.input, pipeline);
    reply = { seq: task.seq, ok: true, analysis, signature: minhash(analysis.text), packed: packAnalysis(analysis) };
    port.postMessage(reply, [reply.signature.buffer as ArrayBuffer, reply.packed.buffer as ArrayBuffer]);
    return;
  } catch (err) {
    const e = err as Error;
    reply = { seq: task.seq, ok: false, error: { name: e?.name ?? 'Error', message: e?.message ?? String(err), ...(err instanceof InputError ? { code: err.code } : {}) } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
