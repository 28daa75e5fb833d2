import type { NameMention } from '../../model/layers.js';

/**
 * The `names` layer: typed proper-name spans from the named-entity tagger, before linking.
 * Declared here on its own so that stages reading it (entities) compile before the tagger lands.
 */
declare module '../../model/layers.js' {
  interface LayerMap {
    names: NameMention[];
  }
}
