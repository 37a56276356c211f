/**
 * A usage number (or string) and where it came from, so every estimate can say which numbers the
 * user gave and which cdk-cost derived.
 */
export type UsageScalar = number | string | boolean;

export type UsageOrigin =
  | { kind: 'file'; file: string; line: number; selector: string }
  | { kind: 'type-default'; file: string; line: number; type: string }
  | { kind: 'metadata'; constructPath: string }
  | { kind: 'derived'; explanation: string }
  | { kind: 'scaled'; factor: number; base: UsageOrigin };

export interface UsageValue {
  value: UsageScalar;
  origin: UsageOrigin;
}

export function describeOrigin(origin: UsageOrigin): string {
  switch (origin.kind) {
    case 'file':
      return `${origin.file}:${origin.line} (${origin.selector})`;
    case 'type-default':
      return `${origin.file}:${origin.line} (default for ${origin.type})`;
    case 'metadata':
      return `construct metadata of ${origin.constructPath}`;
    case 'derived':
      return `derived: ${origin.explanation}`;
    case 'scaled':
      return `${describeOrigin(origin.base)} × ${origin.factor}`;
  }
}
