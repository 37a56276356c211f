/**
 * CloudFormation templates in YAML, with the short-form intrinsic tags (!Ref, !GetAtt, !Sub, …)
 * turned into their long JSON forms, so the rest of cdk-cost sees one shape of template.
 * The `yaml` package (eemeli/yaml) parses: it supports custom tags and reports line and column.
 */
import { parseDocument, type ScalarTag, type CollectionTag, type YAMLSeq, type YAMLMap } from 'yaml';
import { UserError } from '../errors.js';
import { aliasError, checkYamlDepth, MAX_ALIASES } from './nesting-limits.js';

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
];

function functionTags(name: string, longName: string): Array<ScalarTag | CollectionTag> {
  return [
    { tag: `!${name}`, resolve: (value: string) => ({ [longName]: value }) } as ScalarTag,
    {
      tag: `!${name}`,
      collection: 'seq',
      resolve: (seq: YAMLSeq) => ({ [longName]: seq.toJSON() }),
    } as unknown as CollectionTag,
    {
      tag: `!${name}`,
      collection: 'map',
      resolve: (map: YAMLMap) => ({ [longName]: map.toJSON() }),
    } as unknown as CollectionTag,
  ];
}

const CUSTOM_TAGS: Array<ScalarTag | CollectionTag> = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) } as ScalarTag,
  { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) } as ScalarTag,
  // !GetAtt Resource.Attribute (scalar) or !GetAtt [Resource, Attribute] (sequence).
  {
    tag: '!GetAtt',
    resolve: (value: string) => {
      const dot = value.indexOf('.');
      return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
    },
  } as ScalarTag,
  { tag: '!GetAtt', collection: 'seq', resolve: (seq: YAMLSeq) => ({ 'Fn::GetAtt': seq.toJSON() }) } as unknown as CollectionTag,
  ...FUNCTIONS.flatMap((name) => functionTags(name, `Fn::${name}`)),
];

export function parseYamlTemplate(text: string, file: string): unknown {
  checkYamlDepth(text, file);
  // CloudFormation rejects a mapping with a repeated key (two resources with one logical id): so do we.
  const doc = parseDocument(text, { customTags: CUSTOM_TAGS, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    if (error.code === 'DUPLICATE_KEY') {
      const key = pos ? text.split('\n')[pos.line - 1]?.trim().replace(/:.*$/, '') : undefined;
      throw new UserError(
        `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: duplicate key${key ? ` "${key}"` : ''}: ` +
          'a key (a logical id, a property) appears twice in one mapping.',
        'CloudFormation rejects such a template: rename or remove one of them.',
      );
    }
    throw new UserError(
      `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${error.message.split('\n')[0]}`,
      'Fix the template at that position (is the indentation right?).',
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw aliasError(error, file) ?? error;
  }
}
