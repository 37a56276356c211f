/**
 * Reads a CloudFormation template (JSON or YAML) from disk, with errors that name file and position.
 */
import { readFileSync } from 'node:fs';
import { checkDepth } from './nesting-limits.js';
import { UserError } from '../errors.js';
import { parseYamlTemplate } from './cfn-yaml.js';
import { checkReferences, checkResources } from './check-template.js';
import type { Template } from '../model/template.js';

export type { Template, TemplateParameter, TemplateResource } from '../model/template.js';

export function readTemplateFile(path: string): Template {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read template ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      'Check the path.',
    );
  }
  return parseTemplateText(text, path);
}

export function parseTemplateText(text: string, path: string): Template {
  const trimmed = text.trimStart();
  const parsed = trimmed.startsWith('{') ? parseJson(text, path) : parseYamlTemplate(text, path);
  checkDepth(parsed, path);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(
      `${path} is not a CloudFormation template: expected a mapping at the top level.`,
      'A template is a JSON object or YAML mapping with a Resources section.',
    );
  }
  const template = parsed as Template;
  checkResources(template, path);
  checkReferences(template, path);
  return template;
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = '';
    const offsetOf = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    if (offsetOf !== undefined) {
      const offset = offsetOf;
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const col = offset - before.lastIndexOf('\n');
      where = `:${line}:${col}`;
    }
    throw new UserError(`${path}${where}: invalid JSON: ${message}`, 'Fix the JSON at that position.');
  }
}
