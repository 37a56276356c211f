/**
 * The type of a price reference: a service code of the snapshot and one of that service's keys —
 * a literal the snapshot holds (price-keys.generated.ts) or a member of a family composed at run time
 * (price-key-families.ts), or one AWS does not publish (unpublished-price-keys.ts). `ComponentSpec.price`
 * is a PriceRef, so a mistyped key fails `tsc`.
 */
import type { ComposedPriceKeys, PriceKeyFamilies } from './price-key-families.js';
import type { SnapshotPriceKeys } from './price-keys.generated.js';
import type { UnpublishedKeyOf, UnpublishedPriceKeyFamilies } from './unpublished-price-keys.js';

/** Services the snapshot holds keys of, and those AWS publishes only opaque ids for (priced live). */
export type PriceService = keyof SnapshotPriceKeys | keyof UnpublishedPriceKeyFamilies;

export type PriceKeyOf<S extends PriceService> =
  | (S extends keyof SnapshotPriceKeys ? SnapshotPriceKeys[S] : never)
  | (S extends keyof PriceKeyFamilies ? PriceKeyFamilies[S] : never)
  | (S extends keyof ComposedPriceKeys ? ComposedPriceKeys[S] : never)
  | UnpublishedKeyOf<S>;

/** `{ serviceCode, key }`, discriminated by service code. */
export type PriceRef = { [S in PriceService]: { serviceCode: S; key: PriceKeyOf<S> } }[PriceService];
