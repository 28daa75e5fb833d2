import { gunzipSync, gzipSync } from 'node:zlib';
import type { ClusterLists } from './clusters.js';
import type { GazetteerLists } from './gazetteer.js';
import { TAG_COUNT } from './tags.js';
import { QuantizedWeights } from './weights.js';

/** What the model file says about itself besides the weights. */
export interface ModelHeader {
  format: 'dossier-ner';
  featureVersion: number;
  tagCount: number;
  rows: number;
  scale: number;
  /** Whether the tagger runs the second, document-history pass. */
  twoPass: boolean;
  gazetteer: GazetteerLists;
  /** Word clusters from unlabeled news text (absent in models trained without them). */
  clusters?: ClusterLists;
  /** Free-form provenance: data, epochs, seed, scores on the dev split. */
  training: Record<string, unknown>;
}

/** A loaded model. */
export interface NerModel {
  header: ModelHeader;
  weights: QuantizedWeights;
}

const MAGIC = 'DNER';

/**
 * Serialises a model: gzip of magic, header length, JSON header, uint32 keys, int16 weights.
 *
 * @example
 * const bytes = writeModel(model); readModel(bytes).header.rows === model.header.rows // true
 */
export function writeModel(model: NerModel): Buffer {
  const header = Buffer.from(JSON.stringify(model.header), 'utf8');
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 4);
  const keys = Buffer.from(model.weights.keys.buffer, model.weights.keys.byteOffset, model.weights.keys.byteLength);
  const values = Buffer.from(model.weights.values.buffer, model.weights.values.byteOffset, model.weights.values.byteLength);
  return gzipSync(Buffer.concat([head, header, keys, values]), { level: 9 });
}

/** Reads a model written by {@link writeModel}; throws on a file of another kind or version. */
export function readModel(bytes: Uint8Array, expectFeatureVersion?: number): NerModel {
  const buf = gunzipSync(bytes);
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a dossier NER model');
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
  if (header.format !== 'dossier-ner' || header.tagCount !== TAG_COUNT) throw new Error('unsupported NER model format');
  if (expectFeatureVersion !== undefined && header.featureVersion !== expectFeatureVersion) {
    throw new Error(`NER model has feature version ${header.featureVersion}, code expects ${expectFeatureVersion}: retrain with npm run train:ner`);
  }
  let at = 8 + len;
  const keyBytes = header.rows * 4;
  const keys = new Uint32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + keyBytes));
  at += keyBytes;
  const values = new Int16Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + header.rows * TAG_COUNT * 2));
  return { header, weights: new QuantizedWeights(keys, values, header.scale) };
}
