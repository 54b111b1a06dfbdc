// Loads ./libraries on first use instead of when the bundle loads: yaml and remark were a third of
// the extension's load time, for documents that mostly never need them. The extension and CLI
// builds (esbuild.js) ship ./libraries as its own file, dist/libraries.js, which this `require`
// then reads from disk; other bundles (the tests) inline it, still initialised on first use.
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type * as Libraries from './libraries';

// The core has no Node typings; `require` here is the bundler's, resolved at build time.
declare const require: (id: string) => unknown;

let loaded: typeof Libraries | undefined;

export function libraries(): typeof Libraries {
  return (loaded ??= require('./libraries') as typeof Libraries);
}

/** yaml's node type guards, through libraries(). */
export const isMap = (node: unknown): node is YAMLMap => libraries().isMap(node);
export const isSeq = (node: unknown): node is YAMLSeq => libraries().isSeq(node);
export const isScalar = (node: unknown): node is Scalar => libraries().isScalar(node);
