import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.js';

export function readJsonFile<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read AWS price data ${path}: ${(error as Error).message}`,
      'Point --from at the aws-pricing folder (../shared/aws-pricing).',
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UserError(`AWS price data ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
