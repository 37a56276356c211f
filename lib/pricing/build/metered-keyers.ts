/**
 * Per-file keyers for metered-unit maps whose instance-type rates sit under opaque keys with the
 * type as an attribute (see MeteredKeyer). Files not listed here keep their readable rate names.
 */
import type { MeteredKeyer } from './read-metered.js';

export const METERED_KEYERS: Record<string, MeteredKeyer> = {};
