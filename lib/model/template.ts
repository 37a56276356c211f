/**
 * The CloudFormation template as the model reads it. The types live in model, below source: source
 * reads files and assemblies and builds the model (build-stack), so it imports model, never the reverse.
 */
export interface Template {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Transform?: string | string[];
  Parameters?: Record<string, TemplateParameter>;
  Mappings?: Record<string, Record<string, Record<string, unknown>>>;
  Conditions?: Record<string, unknown>;
  Resources?: Record<string, TemplateResource>;
  Outputs?: Record<string, unknown>;
  [section: string]: unknown;
}

export interface TemplateParameter {
  Type?: string;
  Default?: unknown;
  AllowedValues?: unknown[];
  Description?: string;
}

export interface TemplateResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
  Condition?: string;
  DependsOn?: string | string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}
