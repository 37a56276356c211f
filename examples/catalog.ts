/**
 * The example architectures and their usage files at three load levels, in one place: the README
 * generator (readme-output.ts) and the tests (test/examples) read this list, so a new example or
 * level is documented and tested by adding it here.
 */

export type Level = 'low' | 'medium' | 'high';
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

export interface ExampleDesign {
  /** Row label in the README's table. */
  name: string;
  /** README subsection it belongs to (its anchor, without "#"). */
  section: string;
  /** Stacks of this repository's app (bin/app.ts) that make up the design. */
  stacks: string[];
  /** Usage file per level, relative to the repository root. */
  levels: Record<Level, string>;
}

const levelFiles = (dir: string, high = 'load-high.yml'): Record<Level, string> => ({
  low: `examples/${dir}/load-low.yml`,
  medium: `examples/${dir}/load-medium.yml`,
  // The upload pipelines' high level is load.yml: the file cdk.json names for `cdk-cost estimate`.
  high: `examples/${dir}/${high}`,
});

export const EXAMPLES: readonly ExampleDesign[] = [
  {
    name: 'Upload pipeline, synchronous',
    section: 'upload-pipeline-synchronous-and-asynchronous',
    stacks: ['SyncUploadPipeline'],
    levels: levelFiles('upload-pipeline', 'load.yml'),
  },
  {
    name: 'Upload pipeline, asynchronous',
    section: 'upload-pipeline-synchronous-and-asynchronous',
    stacks: ['UploadPipeline'],
    levels: levelFiles('upload-pipeline', 'load.yml'),
  },
  { name: 'Payments', section: 'payments', stacks: ['Payments'], levels: levelFiles('payments') },
  { name: 'CMS publishing', section: 'cms-publishing', stacks: ['CmsPublishing'], levels: levelFiles('cms') },
  { name: 'Web app', section: 'web-app', stacks: ['WebApp'], levels: levelFiles('web-app') },
  { name: 'Sharded database (4 shards)', section: 'sharded-database', stacks: ['ShardedDatabase'], levels: levelFiles('sharded-database') },
  { name: 'Single database', section: 'sharded-database', stacks: ['SingleDatabase'], levels: levelFiles('sharded-database') },
];

/** Two designs under the same load files, compared across the low..high range. */
export interface ExampleComparison {
  name: string;
  a: string;
  b: string;
  levels: Record<Level, string>;
}

export const COMPARISONS: readonly ExampleComparison[] = [
  { name: 'upload-pipelines', a: 'UploadPipeline', b: 'SyncUploadPipeline', levels: levelFiles('upload-pipeline', 'load.yml') },
  { name: 'databases', a: 'ShardedDatabase', b: 'SingleDatabase', levels: levelFiles('sharded-database') },
];
