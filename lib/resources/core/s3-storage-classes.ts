/**
 * S3 storage classes as CloudFormation names them (LifecycleConfiguration Transitions, usage
 * `storageClassMix`), and the AmazonS3 price keys of each: storage, requests, retrieval, lifecycle
 * transitions. `undefined` means the class has no such charge; a key the bundled data lacks (Deep
 * Archive storage and PUTs) is still named, so the line says "no price" instead of $0.
 */
import type { PriceKeyOf } from '../../pricing/price-keys.js';

export const S3_STORAGE_CLASSES = [
  'STANDARD',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
] as const;
export type S3StorageClass = (typeof S3_STORAGE_CLASSES)[number];

export interface S3ClassPrices {
  label: string;
  /** Storage per GB-month (for Intelligent-Tiering: see INTELLIGENT_TIERING_TIERS). */
  storage?: PriceKeyOf<'AmazonS3'>;
  put: PriceKeyOf<'AmazonS3'>;
  get: PriceKeyOf<'AmazonS3'>;
  /** Per GB retrieved (IA, Glacier classes). */
  retrieval?: PriceKeyOf<'AmazonS3'>;
  /** Per lifecycle transition request into this class. */
  transition?: PriceKeyOf<'AmazonS3'>;
}

export const S3_CLASS_PRICES: Record<S3StorageClass, S3ClassPrices> = {
  STANDARD: {
    label: 'Standard',
    storage: 'Standard Storage',
    put: 'PUT COPY/POST or LIST requests per Requests',
    get: 'GET and all other requests per Requests',
  },
  STANDARD_IA: {
    label: 'Standard-IA',
    storage: 'Standard Infrequent Access Storage per GB-Mo',
    put: 'PUT COPY/POST or LIST requests to Standard Infrequent Access per Requests',
    get: 'GET and all other requests to Standard Infrequent Access per Requests',
    retrieval: 'Object Retrieval in Standard Infrequent Access per GB',
    transition: 'Lifecycle Transition Requests into Standard Infrequent Access per Requests',
  },
  ONEZONE_IA: {
    label: 'One Zone-IA',
    storage: 'One Zone Infrequent Access Storage Inf per GB-Mo',
    put: 'PUT COPY/POST or LIST requests to One Zone Infrequent Access per Requests',
    get: 'GET and all other requests to One Zone Infrequent Access per Requests',
    retrieval: 'Object Retrieval in One Zone Infrequent Access per GB',
    transition: 'Lifecycle Transition Requests into One Zone Infrequent Access per Requests',
  },
  INTELLIGENT_TIERING: {
    label: 'Intelligent-Tiering',
    put: 'PUT COPY/POST or LIST requests to Intelligent Tiering per Requests',
    get: 'GET and all other requests to Intelligent Tiering per Requests',
    transition: 'Lifecycle Transition Requests into Intelligent Tiering per Requests',
  },
  GLACIER_IR: {
    label: 'Glacier Instant Retrieval',
    storage: 'Glacier Instant Retrieval Storage',
    put: 'PUT COPY/POST or LIST requests to Glacier Instant Retrieval per Requests',
    get: 'GET and all other requests to Glacier Instant Retrieval per Requests',
    retrieval: 'Object Retrieval in Glacier Instant Retrieval per GB',
    transition: 'Lifecycle Transition Requests into Glacier Instant Retrieval per Requests',
  },
  GLACIER: {
    label: 'Glacier Flexible Retrieval',
    storage: 'Glacier Storage per GB Mo',
    put: 'PUT requests to Glacier per Requests',
    get: 'GET and all other requests to GLACIER per Requests',
    retrieval: 'Fee for Standard Retrieval of data stored',
    transition: 'Lifecycle Transition Requests into Glacier per Requests',
  },
  DEEP_ARCHIVE: {
    label: 'Glacier Deep Archive',
    // Not in the bundled AWS data (s3.json has Deep Archive retrieval, GET and transition rates only).
    storage: 'Glacier Deep Archive Storage',
    put: 'PUT requests to Glacier Deep Archive per Requests',
    get: 'GET and all other requests to GDA per Requests',
    retrieval: 'Fee for Standard Retrieval of data stored from Glacier Deep Archive',
    transition: 'Lifecycle Transition Requests into Glacier Deep Archive per Requests',
  },
};

/** Standard retrieval (restore) requests of Glacier Flexible Retrieval, per request. */
export const GLACIER_RESTORE_REQUESTS = 'Glacier S3 API Tier 3 RestoreObject';

/** Intelligent-Tiering access tiers, in the order objects move through them when not accessed. */
export const INTELLIGENT_TIERING_TIERS = ['FREQUENT', 'INFREQUENT', 'ARCHIVE_INSTANT', 'ARCHIVE', 'DEEP_ARCHIVE'] as const;
export type IntelligentTier = (typeof INTELLIGENT_TIERING_TIERS)[number];

export const INTELLIGENT_TIER_PRICES: Record<IntelligentTier, { label: string; storage: PriceKeyOf<'AmazonS3'> }> = {
  FREQUENT: { label: 'Frequent Access', storage: 'Intelligent Tiering Frequent Access' },
  INFREQUENT: { label: 'Infrequent Access', storage: 'Intelligent Tiering Infrequent Access per GB Mo' },
  ARCHIVE_INSTANT: { label: 'Archive Instant Access', storage: 'Intelligent Tiering Archive Instant Access' },
  ARCHIVE: { label: 'Archive Access', storage: 'IntelligentTieringArchiveAccess' },
  DEEP_ARCHIVE: { label: 'Deep Archive Access', storage: 'IntelligentTieringDeepArchiveAccess' },
};

export const INTELLIGENT_TIERING_MONITORING = 'Per object per month monitoring and automation fee for objects in Intelligent Tiering';

/** Days without access after which Intelligent-Tiering moves an object down (S3 user guide). */
export const INTELLIGENT_TIERING_DAYS = { INFREQUENT: 30, ARCHIVE_INSTANT: 90 } as const;
