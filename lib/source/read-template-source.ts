/**
 * A plain CloudFormation template file as a one-stack Architecture. With no construct tree,
 * every resource is reported under `Stack/LogicalId`, the stack named after the file.
 */
import { basename, extname, resolve } from 'node:path';
import type { Architecture } from '../model/architecture.js';
import { ConstructTree } from '../model/construct-tree.js';
import { buildStack } from '../model/build-stack.js';
import { readTemplateFile } from './read-template.js';
import { checkTemplateSource } from './check-template.js';
import type { RegionChoice } from './region-choice.js';

export function readTemplateSource(file: string, regions: RegionChoice, parameters: Record<string, string>): Architecture {
  const path = resolve(file);
  const template = readTemplateFile(path);
  checkTemplateSource(template, path);
  const name = stackNameFromFile(path);
  const region = regions.resolve(undefined, name);
  const built = buildStack({
    template,
    templateFile: path,
    name,
    region: region.region,
    regionSource: region.source,
    parameterValues: parameters,
    pathOf: () => undefined,
  });
  const tree = new ConstructTree();
  for (const resource of built.stack.resources) {
    // A SAM resource is the construct the user wrote: what the transform made of it rolls up to it.
    if (resource.generatedFrom)
      tree.ensurePath(resource.path.slice(0, resource.path.lastIndexOf('/')), { fqn: resource.generatedFrom.type });
    tree.ensurePath(resource.path, { cfnType: resource.type, logicalId: resource.logicalId });
  }
  return { source: { kind: 'template', path }, stacks: [built.stack], tree, warnings: built.warnings };
}

function stackNameFromFile(path: string): string {
  const stem = basename(path, extname(path)).replace(/\.template$/, '');
  const cleaned = stem.replace(/[^A-Za-z0-9-]/g, '-');
  return cleaned === 'template' || cleaned === '' ? basename(resolve(path, '..')) || 'Template' : cleaned;
}
